package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PageResourceTest {

    @Test
    void uploadStoresThePageOnceAndReturnsWhatWasStored() {
        String page = TestPages.story(TestPages.PLACES.get(2), 2001);
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/plain; charset=UTF-8").body(page.getBytes(StandardCharsets.UTF_8))
                .queryParam("sourceUrl", "https://example.org/uz-2001").queryParam("publishedOn", "2023-11-20")
                .when().post("/api/pages")
                .then().statusCode(201)
                .body("created", equalTo(1))
                .body("articles[0].title", equalTo("Uzbekistan Opens Mountain Road Number 2001"))
                .body("articles[0].publishedOn", equalTo("2023-11-20"))
                .body("articles[0].primaryCountry", equalTo("UZ"))
                .body("articles[0].metrics.surface", hasItem("2041-kilometer"))
                .body("articles[0].quotations[0].speaker", equalTo("Karimov"));

        Map<String, Long> before = Rows.counts();
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/plain").body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/pages")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(1));
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @Test
    void invalidUtf8IsRefusedWithNothingWritten() {
        Map<String, Long> before = Rows.counts();
        byte[] body = "Kazakhstan Grows\n\nKazakhstan grew by 5%.".getBytes(StandardCharsets.UTF_8);
        body[3] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/plain").body(body).when().post("/api/pages")
                .then().statusCode(400).body("code", equalTo("BAD_USER_INPUT"));
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @Test
    void emptyBodyBadDateAndWrongContentTypeAreClientErrors() {
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/plain").body(new byte[0]).when().post("/api/pages")
                .then().statusCode(400).body("code", equalTo("BAD_USER_INPUT"));
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/plain").body("Kyrgyzstan Grows\n\nKyrgyzstan grew by 5%.")
                .queryParam("publishedOn", "yesterday").when().post("/api/pages")
                .then().statusCode(400).body("code", equalTo("BAD_USER_INPUT"));
        given().header("X-API-Key", GraphQL.API_KEY).contentType("application/json").body("{\"text\":\"x\"}").when().post("/api/pages")
                .then().statusCode(415);
    }
}
