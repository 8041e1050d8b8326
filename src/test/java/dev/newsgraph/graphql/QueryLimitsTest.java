package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each limit rejects with BAD_USER_INPUT before any SQL statement is sent. */
@QuarkusTest
class QueryLimitsTest {

    @Test
    void depth() {
        // countries > stories > nodes, then metrics > article six times: 15 levels
        String deep = "{ countries { stories { nodes { " + "metrics { article { ".repeat(6) + "title"
                + " } }".repeat(6) + " } } } }";
        assertRefusedWithoutSql(deep, "nested");
    }

    @Test
    void introspectionAsGraphiqlSendsItPassesTheLimits() {
        // graphql-java's introspection query nests ofType deeper than max-depth; the schema bounds it.
        GraphQL.postQuery(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.__schema.queryType.name", org.hamcrest.Matchers.equalTo("Query"));
    }

    @Test
    void complexity() {
        assertRefusedWithoutSql("{ countries { stories(first: 100) { nodes { metrics(first: 100) { value } } } } }",
                "could return about");
    }

    @Test
    void tokens() {
        StringBuilder q = new StringBuilder("{ countries { code");
        q.append(" name".repeat(6000)).append(" } }");
        assertRefusedWithoutSql(q.toString(), "");
    }

    @Test
    void aliasBomb() {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            q.append(" a").append(i).append(": latestQuotes { rate }");
        }
        assertRefusedWithoutSql(q.append(" }").toString(), "selected more than");
    }

    @Test
    void pageSize() {
        JsonPath r = GraphQL.postQuery("{ articles(first: 1000000) { nodes { title } } }").extract().jsonPath();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(r.getString("errors[0].message")).contains("between 0 and 100");
        JsonPath negative = GraphQL.postQuery("{ articles(last: -1) { nodes { title } } }").extract().jsonPath();
        assertThat(negative.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void garbageAndOversizedCursors() {
        for (String cursor : new String[]{"not-a-cursor", "djE6MjAyNS0xMy0wMToxMjM", "x".repeat(100_000), "' OR 1=1 --"}) {
            JsonPath r = GraphQL.postQuery("query($c: String) { articles(after: $c) { nodes { title } } }", "c", cursor)
                    .extract().jsonPath();
            assertThat(r.getString("errors[0].extensions.code")).as(cursor.substring(0, Math.min(20, cursor.length())))
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    private static void assertRefusedWithoutSql(String query, String messagePart) {
        long before = SqlStatements.sent();
        JsonPath r = GraphQL.postQuery(query).extract().jsonPath();
        long after = SqlStatements.sent();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(r.getString("errors[0].message")).contains(messagePart);
        assertThat(r.getMap("data")).as("no data").isNull();
        assertThat(after).as("SQL statements sent").isEqualTo(before);
    }
}
