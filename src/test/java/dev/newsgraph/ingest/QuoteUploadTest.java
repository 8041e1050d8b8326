package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Files of rates from outside the tickers, through POST /api/quotes and the ingestQuotes mutation: stored once per
 * content, refused whole (with the line named, nothing of it repeated) when a line breaks the rules, and only with a
 * key.
 */
@QuarkusTest
class QuoteUploadTest {

    private static final String FILE = "date,base,quote,rate\r\n2044-01-09,USD,KZT,497.53\r\n\"2044-01-09\",\"eur\",\"KZT\",\"540.10\"\r\n\r\n";

    @Test
    void restUploadStoresTheFileOnce() {
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/csv").body(FILE.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "National Bank of Kazakhstan")
                .when().post("/api/quotes")
                .then().statusCode(201)
                .body("created", equalTo(2))
                .body("quotes", hasSize(2))
                .body("quotes[0].base", equalTo("USD")).body("quotes[0].quote", equalTo("KZT"))
                .body("quotes[0].date", equalTo("2044-01-09"))
                .body("quotes[1].base", equalTo("EUR"));
        Map<String, Long> before = Rows.counts();
        given().header("X-API-Key", GraphQL.API_KEY).contentType("text/csv").body(FILE.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/quotes")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(2));
        assertThat(Rows.counts()).isEqualTo(before);
        // the series shows them as quotes like the tickers'
        GraphQL.postQuery("{ quotes(base: \"USD\", quote: \"KZT\", from: \"2044-01-01\", to: \"2044-01-31\") { asOf rate } }")
                .statusCode(200).body("data.quotes", hasSize(1)).body("data.quotes[0].asOf", equalTo("2044-01-09"));
    }

    @Test
    void mutationStoresTheFileOnce() {
        String csv = "2044-02-03,KGS,USD,0.0114\n2044-02-03,USD,UZS,12650\n";
        GraphQL.post("ingest-quotes", "input", Map.of("csv", csv, "source", "Test"))
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.ingestQuotes.created", equalTo(2))
                .body("data.ingestQuotes.quotes[0].country.code", equalTo("KG"));
        GraphQL.post("ingest-quotes", "input", Map.of("csv", csv))
                .statusCode(200).body("data.ingestQuotes.created", equalTo(0)).body("data.ingestQuotes.duplicates", equalTo(2));
    }

    @Test
    void aBadLineRefusesTheWholeFileAndNamesTheLineOnly() {
        Map<String, Long> before = Rows.counts();
        List<String> bad = List.of(
                "2044-03-01,USD,KZT,497\n2044/03/02,USD,KZT,498\n",   // date
                "2044-03-01,USD,KZT,497\n2044-03-02,USD,XQZ,498\n",   // not a currency
                "2044-03-01,USD,KZT,497\n2044-03-02,USD,USD,1\n",     // itself
                "2044-03-01,USD,KZT,497\n2044-03-02,USD,KZT,-498\n",  // negative
                "2044-03-01,USD,KZT,497\n2044-03-02,USD,KZT,abc\n",   // not a number
                "2044-03-01,USD,KZT,497\n2044-03-02,USD,KZT\n",       // three fields
                "2044-03-01,USD,KZT,497\n2044-03-01,USD,KZT,498\n",   // the same pair and day twice
                "2044-03-01,USD,KZT,0.000000000001\n2044-03-02,USD,KZT,498\n", // beyond the stored precision
                "date,base,quote,rate\n");
        for (String csv : bad) {
            String message = given().header("X-API-Key", GraphQL.API_KEY).contentType("text/csv")
                    .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/quotes")
                    .then().statusCode(400).body("code", equalTo("BAD_USER_INPUT"))
                    .extract().jsonPath().getString("message");
            assertThat(message).as(csv).doesNotContain("XQZ").doesNotContain("abc").doesNotContain("2044");
            GraphQL.post("ingest-quotes", "input", Map.of("csv", csv)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", not(containsString("XQZ")));
        }
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @Test
    void writesNeedAKey() {
        Map<String, Long> before = Rows.counts();
        given().contentType("text/csv").body("2044-04-01,USD,KZT,500\n").when().post("/api/quotes").then().statusCode(401);
        GraphQL.postWithKey(null, "ingest-quotes", "input", Map.of("csv", "2044-04-01,USD,KZT,500\n"))
                .statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        assertThat(Rows.counts()).isEqualTo(before);
    }
}
