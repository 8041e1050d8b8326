package dev.newsgraph.security;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Writes need a configured key; reads stay public. A refused write writes nothing. */
@QuarkusTest
class ApiKeyTest {

    @ParameterizedTest(name = "key: {0}")
    @NullSource
    @ValueSource(strings = {"", "wrong-key", "test-key-but-longer", "TEST-KEY"})
    void mutationWithoutAValidKeyIsUnauthorizedAndWritesNothing(String key) {
        Map<String, Long> before = Rows.counts();
        JsonPath result = GraphQL.postWithKey(key, "ingest", "input",
                Map.of("text", TestPages.story(TestPages.PLACES.get(0), 5001))).statusCode(200).extract().jsonPath();
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("UNAUTHORIZED");
        assertThat(result.getString("errors[0].message")).contains("X-API-Key");
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "key: {0}")
    @NullSource
    @ValueSource(strings = {"wrong-key"})
    void restUploadWithoutAValidKeyIs401AndWritesNothing(String key) {
        Map<String, Long> before = Rows.counts();
        var request = given().contentType("text/plain")
                .body(TestPages.story(TestPages.PLACES.get(1), 5002).getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        request.when().post("/api/pages").then().statusCode(401);
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @Test
    void readsNeedNoKeyAndIgnoreAWrongOne() {
        GraphQL.postWithKey(null, "countries").statusCode(200).body("errors", nullValue());
        GraphQL.postWithKey("wrong-key", "country-stories", "code", "KG").statusCode(200)
                .body("errors", nullValue()).body("data.country.code", equalTo("KG"));
    }

    @Test
    void theConfiguredKeyWrites() {
        GraphQL.postWithKey(GraphQL.API_KEY, "ingest", "input",
                        Map.of("text", TestPages.story(TestPages.PLACES.get(2), 5003)))
                .statusCode(200).body("errors", nullValue()).body("data.ingest.created", equalTo(1));
    }
}
