package dev.newsgraph.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Http;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway in front of Quarkus' GraphQL handler: requests that handler would mangle reach the execution
 * as sent (a {@code +} or {@code %} in a GET parameter, a {@code #} comment line, an operation chosen by name),
 * and what clients send is read as they mean it (GraphiQL's doubled content type, HEAD, the query alone).
 */
@QuarkusTest
class GraphQLGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String query, String variables, String operationName) throws Exception {
        StringBuilder uri = new StringBuilder("/graphql?query=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (variables != null) {
            uri.append("&variables=").append(URLEncoder.encode(variables, StandardCharsets.UTF_8));
        }
        if (operationName != null) {
            uri.append("&operationName=").append(URLEncoder.encode(operationName, StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = Http.get(uri.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void plusAndPercentInGetParametersArriveAsSent() throws Exception {
        JsonNode literal = get("{ country(code: \"K+%4B\") { name } }", null, null);
        assertThat(literal.at("/errors/0/message").asText()).contains("it was 'K+%4B'");
        assertThat(literal.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");

        JsonNode variable = get("query($c: ID!) { country(code: $c) { name } }", "{\"c\": \"A+B%\"}", null);
        assertThat(variable.at("/errors/0/message").asText()).contains("it was 'A+B%'");
    }

    @Test
    void commentLinesAndTabsInGetQueriesKeepTheirMeaning() throws Exception {
        JsonNode answer = get("# Kyrgyzstan, by code\n{\tcountry(code: \"KG\") {\n  name # the short name\n} }", null, null);
        assertThat(answer.at("/errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.at("/data/country/name").asText()).isEqualTo("Kyrgyzstan");
    }

    @Test
    void anOperationChosenByNameIsTheOneExecuted() throws Exception {
        String document = "query First { country(code: \"KG\") { name } }\n"
                + "query Second($c: ID!) { country(code: $c) { name } }";
        assertThat(get(document, null, "First").at("/data/country/name").asText()).isEqualTo("Kyrgyzstan");
        assertThat(get(document, "{\"c\": \"UZ\"}", "Second").at("/data/country/name").asText()).isEqualTo("Uzbekistan");

        given().contentType("application/json")
                .body(Map.of("query", document, "operationName", "Second", "variables", Map.of("c", "TJ")))
                .when().post("/graphql")
                .then().statusCode(200).body("data.country.name", equalTo("Tajikistan"));
    }

    @Test
    void graphiqlsDoubledContentTypeIsRead() {
        given().header("Content-Type", "application/json, application/json").header("Accept", "application/json, multipart/mixed")
                .body("{\"query\":\"{ country(code: \\\"KZ\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("application/json"))
                .body("data.country.name", equalTo("Kazakhstan"));
    }

    @Test
    void theQueryAloneKeepsItsCommentLines() {
        given().contentType("application/graphql")
                .body("# which country\n{ country(code: \"TM\") { name } }".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).body("data.country.name", equalTo("Turkmenistan"));
    }

    @Test
    void headAnswersWithTheHeadersOfAGet() {
        Response head = given().queryParam("query", "{ countries { code } }").when().head("/graphql");
        head.then().statusCode(200).header("ETag", notNullValue()).header("Cache-Control", "public, max-age=30");
        assertThat(head.asByteArray()).isEmpty();
    }

    @Test
    void unacceptableAnswersAndSubscriptionsOverHttpAreRefusedWithACode() {
        given().header("Accept", "text/html").queryParam("query", "{ countries { code } }")
                .when().get("/graphql")
                .then().statusCode(406).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json").body(Map.of("query", "subscription { storyAdded { title } }"))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aPersistedQuerySentByHashAloneOverPostIsExecuted() throws Exception {
        String query = "{ country(code: \"AF\") { name currency } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        given().contentType("application/json").body(Map.of("extensions", extensions))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType("application/json").body(Map.of("query", query, "extensions", extensions))
                .when().post("/graphql")
                .then().statusCode(200).body("data.country.name", equalTo("Afghanistan"));
        given().contentType("application/json").body(Map.of("extensions", extensions))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.country.currency", equalTo("AFN"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void aBatchedFieldUnderAliasesWithDifferentArgumentsAnswersEach() {
        for (int i = 0; i < 4; i++) {
            GraphQL.post("ingest", "input", Map.of("text", TestPages.story(TestPages.PLACES.get(1), 9100 + i),
                    "publishedOn", "2033-02-0" + (i + 1))).statusCode(200).body("errors", nullValue());
        }
        String code = TestPages.PLACES.get(1).code();
        GraphQL.postQuery("query($c: ID!) { country(code: $c) { one: stories(first: 1) { nodes { title } }"
                        + " three: stories(first: 3) { nodes { title } } } }", "c", code)
                .statusCode(200).body("errors", nullValue())
                .body("data.country.one.nodes", hasSize(1))
                .body("data.country.three.nodes", hasSize(3));
    }

    @Test
    void oneBatchServesOccurrencesThatSelectDifferentFields() {
        TestPages.Place place = TestPages.PLACES.get(2);
        GraphQL.post("ingest", "input", Map.of("text", TestPages.story(place, 9200), "publishedOn", "2034-05-06",
                "sourceUrl", "https://news.example.org/9200")).statusCode(200).body("errors", nullValue());
        // Same field, same arguments, one batch: only the second occurrence selects sourceUrl and sentences.
        GraphQL.postQuery("query($c: ID!) { a: country(code: $c) { stories(first: 1) { nodes { title metrics { surface } } } }"
                        + " b: country(code: $c) { stories(first: 1) { nodes { sourceUrl metrics { sentence } } } } }",
                        "c", place.code())
                .statusCode(200).body("errors", nullValue())
                .body("data.b.stories.nodes[0].sourceUrl", equalTo("https://news.example.org/9200"))
                .body("data.b.stories.nodes[0].metrics[0].sentence", notNullValue())
                .body("data.a.stories.nodes[0].title", notNullValue());
    }
}
