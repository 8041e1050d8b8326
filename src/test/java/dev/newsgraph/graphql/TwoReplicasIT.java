package dev.newsgraph.graphql;

import dev.newsgraph.config.EmbeddedDatabase;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.GraphQLWebSocket;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the packaged application on one database: the one the test framework starts, and a second
 * started here from the same artifact (the jar, or the native binary). A page ingested on either reaches the
 * subscribers of both (through LISTEN/NOTIFY), and empties the other's read cache.
 */
@QuarkusIntegrationTest
class TwoReplicasIT {

    private static Process second;
    private static URI secondUri;
    private static final Path LOG = Path.of("target", "second-replica.log");

    @BeforeAll
    static void startSecondReplica() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> db = EmbeddedDatabase.start();
        String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        // The artifact the build made, as @QuarkusIntegrationTest finds it: the jar, or the native binary with -Dnative.
        Properties artifact = new Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path built = Path.of("target").resolve(artifact.getProperty("path"));
        boolean jar = "jar".equals(artifact.getProperty("type"));
        List<String> command = new ArrayList<>(jar
                ? List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()) : List.of(built.toString()));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + url,
                "-Dnewsgraph.api-keys=" + GraphQL.API_KEY, "-Dnewsgraph.import.sample=false",
                "-Dquarkus.log.console.json.enabled=false"));
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            command.add("-Dquarkus.datasource.username=" + EmbeddedDatabase.USERNAME);
            command.add("-Dquarkus.datasource.password=" + EmbeddedDatabase.PASSWORD);
        }
        if (jar) {
            command.addAll(List.of("-jar", built.toString()));
        }
        second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        secondUri = URI.create("http://localhost:" + port);
        for (int i = 0; i < 600; i++) {
            if (!second.isAlive()) {
                throw new IllegalStateException("The second replica exited; see " + LOG);
            }
            if (ready()) {
                // Warm it up as traffic would: its GraphQL engine is built on the first request (here on a worker
                // thread, not on the event loop of a first subscription), and its first ingest loads the extraction.
                countResponse(secondUri);
                ingestOn(secondUri, TestPages.story(TestPages.PLACES.get(0), 53_000));
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The second replica did not get ready; see " + LOG);
    }

    private static boolean ready() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    secondUri.resolve("/q/health/ready")).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    static void stopSecondReplica() throws InterruptedException {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private static JsonPath ingestOn(URI replica, String text) {
        JsonPath r = given().baseUri(replica.getScheme() + "://" + replica.getHost()).port(replica.getPort())
                .contentType(ContentType.JSON).header("X-API-Key", GraphQL.API_KEY)
                .body(Map.of("query", GraphQL.document("ingest"), "variables", Map.of("input", Map.of("text", text))))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).as(r.prettify()).isNull();
        return r;
    }

    private static URI first() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    @Test
    void aPageIngestedOnEitherReplicaReachesTheSubscribersOfBoth() {
        try (GraphQLWebSocket onFirst = GraphQLWebSocket.connect();
             GraphQLWebSocket onSecond = GraphQLWebSocket.connect(secondUri, Map.of())) {
            onFirst.subscribe("a", GraphQL.document("story-added"));
            onSecond.subscribe("b", GraphQL.document("story-added"));
            SubscriptionTest.awaitSubscribed("storyAdded", 1);
            awaitSubscribedOnSecond(1);

            String viaSecond = ingestOn(secondUri, TestPages.story(TestPages.PLACES.get(2), 53_001))
                    .getString("data.ingest.articles[0].id");
            assertThat(onFirst.nextData("a").getJsonObject("storyAdded").getString("id")).isEqualTo(viaSecond);
            assertThat(onSecond.nextData("b").getJsonObject("storyAdded").getString("id")).isEqualTo(viaSecond);

            JsonPath viaFirst = ingestOn(first(), TestPages.story(TestPages.PLACES.get(1), 53_002));
            String id = viaFirst.getString("data.ingest.articles[0].id");
            io.vertx.core.json.JsonObject heard = onSecond.nextData("b").getJsonObject("storyAdded");
            assertThat(heard.getString("id")).isEqualTo(id);
            assertThat(heard.getJsonArray("metrics").size()).as("the event carries the figures stored by the other replica")
                    .isEqualTo(viaFirst.getList("data.ingest.articles[0].metrics").size()).isPositive();
            assertThat(onFirst.nextData("a").getJsonObject("storyAdded").getString("id")).isEqualTo(id);
        }
    }

    @Test
    void aPageIngestedOnOneReplicaEmptiesTheOthersReadCache() {
        int before = storyCount(first());
        assertThat(countResponse(first()).header("X-Cache")).isEqualTo("HIT");
        try (GraphQLWebSocket onFirst = GraphQLWebSocket.connect()) {
            onFirst.subscribe("a", GraphQL.document("story-added"), "country", "UZ");
            SubscriptionTest.awaitSubscribed("storyAdded", 1);
            ingestOn(secondUri, TestPages.story(TestPages.PLACES.get(2), 53_101));
            // The first replica has heard of the page once its subscriber has: its cache was emptied before that.
            onFirst.nextData("a");
        }
        Response after = countResponse(first());
        assertThat(after.header("X-Cache")).isEqualTo("MISS");
        assertThat(after.jsonPath().getInt("data.country.stories.totalCount")).isEqualTo(before + 1);
    }

    private static void awaitSubscribedOnSecond(int count) {
        String series = "newsgraph_graphql_subscriptions{field=\"storyAdded\"} ";
        for (int i = 0; i < 200; i++) {
            String metrics = given().baseUri("http://" + secondUri.getHost()).port(secondUri.getPort())
                    .when().get("/q/metrics").then().statusCode(200).extract().asString();
            if (metrics.contains(series + count + ".0")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the second replica has not " + count + " storyAdded subscriptions");
    }

    private static int storyCount(URI replica) {
        return countResponse(replica).jsonPath().getInt("data.country.stories.totalCount");
    }

    private static Response countResponse(URI replica) {
        return given().baseUri(replica.getScheme() + "://" + replica.getHost()).port(replica.getPort())
                .contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.document("country-story-count"), "variables", Map.of("code", "UZ")))
                .when().post("/graphql").then().statusCode(200).extract().response();
    }
}
