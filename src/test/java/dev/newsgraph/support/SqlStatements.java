package dev.newsgraph.support;

import static io.restassured.RestAssured.given;

/**
 * Reads how many SQL statements the service has sent, from its Prometheus metric, so that the proof of
 * batching needs no access to the service's insides and runs against the packaged application too.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long sent() {
        return counter("newsgraph_sql_statements_total");
    }

    /** Nested fields the prefetch did not reach, which were loaded for their parent alone. */
    public static long unprefetched() {
        return counter("newsgraph_graphql_unprefetched_fields_total");
    }

    private static long counter(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name)) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IllegalStateException(name + " is not among the metrics");
    }
}
