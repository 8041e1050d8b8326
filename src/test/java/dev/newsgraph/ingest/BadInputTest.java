package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad page gets BAD_USER_INPUT and writes nothing. */
@QuarkusTest
class BadInputTest {

    /** The default of newsgraph.ingest.max-page-bytes. */
    private static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "empty",
            "blank",
            "ticker only",
            "ticker and date line only",
            "binary",
            "NUL bytes in text",
            "replacement characters only"})
    void refusesPagesWithoutArticles(String kind) {
        String text = switch (kind) {
            case "empty" -> "";
            case "blank" -> "   \n\n\t  \n";
            case "ticker only" -> "• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00196 -0%\n";
            case "ticker and date line only" -> "• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00196 -0%\n08 December 2025\n";
            case "binary" -> "\u0000\u0001\u0002\u0003\u0004PK\u0003\u0004\u0000\u0000\u0008\u0000";
            case "NUL bytes in text" -> "Kyrgyzstan Opens a Road\n\nKyrgyzstan\u0000 opened a road of 40 kilometers.";
            case "replacement characters only" -> "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\n\uFFFD\uFFFD\uFFFD\uFFFD";
            default -> throw new IllegalArgumentException(kind);
        };
        assertRefused(text);
    }

    @Test
    void refusesAPageOverTheSizeLimit() {
        String paragraph = "Kazakhstan exported 22,000 tons of beef, the ministry said. ";
        String text = "Kazakhstan Beef Exports Grow\n\n" + paragraph.repeat(MAX_PAGE_BYTES / paragraph.length() + 1);
        JsonPath result = assertRefused(text);
        assertThat(result.getString("errors[0].message")).contains("limit");
    }

    @Test
    void refusesAMutationWithoutText() {
        Map<String, Long> before = Rows.counts();
        JsonPath result = GraphQL.post("ingest", "input", Map.of("sourceUrl", "https://example.org/x"))
                .statusCode(200).extract().jsonPath();
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(Rows.counts()).isEqualTo(before);
    }

    @Test
    void unknownCountryCodeIsNotFoundAndMalformedCodeIsBadInput() {
        JsonPath unknown = GraphQL.post("country-stories", "code", "XX").statusCode(200).extract().jsonPath();
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(unknown.getString("errors[0].message")).contains("XX");
        assertThat(unknown.getMap("data")).containsEntry("country", null);

        JsonPath malformed = GraphQL.post("country-stories", "code", "Kyrgyzstan").statusCode(200).extract().jsonPath();
        assertThat(malformed.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    private JsonPath assertRefused(String text) {
        Map<String, Long> before = Rows.counts();
        JsonPath result = GraphQL.post("ingest", "input", Map.of("text", text)).statusCode(200).extract().jsonPath();
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(result.getString("errors[0].message")).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
        assertThat(result.getMap("")).containsEntry("data", null);
        assertThat(Rows.counts()).isEqualTo(before);
        return result;
    }
}
