package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GraphQL over HTTP as mobile and web clients use it: GET with ETag and 304, APQ, gzip, CORS, bad requests. */
@QuarkusTest
class GraphQLHttpTest {

    @Test
    void getAnswersQueriesWithCacheHeadersAndAnEtagThatGives304() {
        String query = GraphQL.document("latest-quotes");
        Response first = given().queryParam("query", query).when().get("/graphql");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=30").body("errors", nullValue());
        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/\"");

        given().queryParam("query", query).header("If-None-Match", etag).when().get("/graphql")
                .then().statusCode(304).header("ETag", etag);

        // After an ingest that changes the answer, the old tag no longer matches.
        GraphQL.post("ingest", "input", Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(0), 8001),
                "publishedOn", "2031-01-01")).statusCode(200).body("errors", nullValue());
        Response changed = given().queryParam("query", query).header("If-None-Match", etag).when().get("/graphql");
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void getRefusesMutations() {
        given().queryParam("query", GraphQL.document("ingest"))
                .queryParam("variables", "{\"input\":{\"text\":\"x\"}}")
                .header("X-API-Key", GraphQL.API_KEY)
                .when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void automaticPersistedQueriesRoundTrip() throws Exception {
        String query = "{ countries { code currency } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

        given().queryParam("extensions", extensions).when().get("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        given().contentType("application/json")
                .body(Map.of("query", query, "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
                .when().post("/graphql")
                .then().statusCode(200).body("data.countries.size()", equalTo(249));

        given().queryParam("extensions", extensions).when().get("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.countries[0].code", equalTo("AD"))
                .header("ETag", notNullValue());

        given().contentType("application/json")
                .body(Map.of("query", "{ countries { code } }", "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void responsesAreGzippedWhenAskedFor() {
        Response r = given().header("Accept-Encoding", "gzip").queryParam("query", "{ countries { code name currency } }")
                .when().get("/graphql");
        r.then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void corsPreflightAllowsTheApiKeyHeader() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("X-API-Key"));
    }

    @Test
    void malformedRequestsGetACodeAndA4xx() {
        given().contentType("application/json").body("{\"query\": ").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body("[1, 2]").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("text/plain").body("{ countries { code } }").when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body(Map.of("query", "{ countries { code ")).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body(Map.of("query", "{ countries { nope } }")).when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body(Map.of("variables", Map.of())).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body(Map.of("query", "{ countries { code } }"))
                .when().put("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void theQueryAloneMayBeSentAsApplicationGraphql() {
        given().contentType("application/graphql").body("{ country(code: \"UZ\") { name } }".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).body("data.country.name", equalTo("Uzbekistan"));
    }
}
