package dev.newsgraph.ops;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Health probes and Prometheus metrics as a platform reads them. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessWithTheDatabaseCheck() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
    }

    @Test
    void metricsCountIngestsAndTimeGraphqlRequests() {
        double before = metric("newsgraph_ingest_pages_total{outcome=\"created\"}");
        GraphQL.post("ingest", "input", Map.of("text", TestPages.story(TestPages.PLACES.get(2), 9801))).statusCode(200);
        GraphQL.post("ingest", "input", Map.of("text", "")).statusCode(200);
        assertThat(metric("newsgraph_ingest_pages_total{outcome=\"created\"}")).isEqualTo(before + 1);
        assertThat(metric("newsgraph_ingest_pages_total{outcome=\"rejected\"}")).isGreaterThanOrEqualTo(1);
        assertThat(metric("newsgraph_ingest_articles_total")).isGreaterThanOrEqualTo(1);
        assertThat(metric("newsgraph_graphql_requests_seconds_count{cache=\"none\",operation=\"mutation\",outcome=\"ok\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metric("newsgraph_sql_statements_total")).isGreaterThan(0);
    }

    private static double metric(String series) {
        String all = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : all.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
