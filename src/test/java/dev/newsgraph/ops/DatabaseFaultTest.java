package dev.newsgraph.ops;

import dev.newsgraph.config.EmbeddedDatabase;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TcpProxy;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back (through a proxy that resets every connection and refuses new
 * ones): readiness reports DOWN within 5 s, queries fail fast with SERVICE_UNAVAILABLE, an ingest fails and
 * stores nothing, and once the database is back the service recovers by itself.
 *
 * <p>No packaged-jar twin: for {@code @QuarkusIntegrationTest} the global test resource's datasource URL wins
 * over a profile's, so the packaged application would not go through the proxy.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.BehindProxy.class)
class DatabaseFaultTest {

    /** System property with the proxy's control port (a string: system properties must hold strings). */
    private static final String PROXY_CONTROL = "newsgraph-test.db-proxy-control";
    private static final String PROXY_PORT = "newsgraph-test.db-proxy-port";

    /** Points the service at the embedded database through a proxy the test controls. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            URI target = URI.create(EmbeddedDatabase.start().get("quarkus.datasource.jdbc.url").substring(5));
            synchronized (System.class) {
                if (System.getProperty(PROXY_PORT) == null) {
                    try {
                        TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
                        System.setProperty(PROXY_CONTROL, Integer.toString(proxy.control()));
                        System.setProperty(PROXY_PORT, Integer.toString(proxy.port()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + System.getProperty(PROXY_PORT) + target.getPath());
        }
    }

    @Test
    void readinessQueriesAndIngestDuringAndAfterAnOutage() throws Exception {
        int proxy = Integer.parseInt(System.getProperty(PROXY_CONTROL));
        given().when().get("/q/health/ready").then().statusCode(200);
        assertThat(query().getString("data.country.code")).isEqualTo("TJ");

        TcpProxy.command(proxy, "cut");
        long cutAt = System.nanoTime();

        long downAfter = waitUntil(() -> given().when().get("/q/health/ready").statusCode() == 503, 10_000, cutAt);
        System.out.printf("DB outage: readiness DOWN after %d ms%n", downAfter);
        assertThat(downAfter).as("ms until readiness reports DOWN").isLessThan(5_000);

        long t0 = System.nanoTime();
        JsonPath failed = query();
        long queryMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("DB outage: a query failed in %d ms with %s%n", queryMs, failed.getString("errors[0].extensions.code"));
        assertThat(failed.getString("errors[0].extensions.code")).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(failed.getString("errors[0].message")).doesNotContain("Exception").doesNotContain("jdbc");
        assertThat(queryMs).as("ms until a query fails").isLessThan(5_000);

        Map<String, Long> before = Rows.counts();
        JsonPath ingest = GraphQL.post("ingest", "input", Map.of("text", TestPages.story(TestPages.PLACES.get(0), 9701)))
                .statusCode(200).extract().jsonPath();
        assertThat(ingest.getString("errors[0].extensions.code")).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(Rows.counts()).as("nothing stored during the outage").isEqualTo(before);

        TcpProxy.command(proxy, "restore");
        long restoredAt = System.nanoTime();
        long upAfter = waitUntil(() -> given().when().get("/q/health/ready").statusCode() == 200, 30_000, restoredAt);
        long answeringAfter = waitUntil(() -> query().getList("errors") == null, 30_000, restoredAt);
        System.out.printf("DB back: readiness UP after %d ms, queries answered after %d ms%n", upAfter, answeringAfter);
        assertThat(query().getString("data.country.name")).isEqualTo("Tajikistan");
        GraphQL.post("ingest", "input", Map.of("text", TestPages.story(TestPages.PLACES.get(0), 9701)))
                .statusCode(200).body("data.ingest.created", org.hamcrest.Matchers.equalTo(1));
    }

    private static JsonPath query() {
        return GraphQL.postUncached("country-stories", "code", "TJ", "first", 1).statusCode(200).extract().jsonPath();
    }

    /** Milliseconds from {@code since} until the condition holds; fails after {@code timeoutMs}. */
    private static long waitUntil(BooleanSupplier condition, long timeoutMs, long since) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if ((System.nanoTime() - since) / 1_000_000 > timeoutMs) {
                throw new AssertionError("condition not met within " + timeoutMs + " ms");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - since) / 1_000_000;
    }
}
