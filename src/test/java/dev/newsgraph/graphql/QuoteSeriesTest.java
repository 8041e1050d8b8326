package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily quote series: one point per pair and day (the page ingested last wins that day), each with the
 * rate of the day before on record, also when that day lies before the range asked for; and latestQuotes,
 * the newest point of each pair with its previous rate. Far-future days keep these pages the newest.
 */
@QuarkusTest
class QuoteSeriesTest {

    /** Rates as doubles: RestAssured reads JSON numbers as floats by default, which loses the ticker's digits. */
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void seriesHasOnePointPerDayWithThePreviousDayOnRecord() {
        // KGS/USD rates printed by TestPages.storyWithTicker: 0.0(1100 + serial % 100)
        ingest(9241, "2031-03-01");    // 0.01141
        ingest(9242, "2031-03-03");    // 0.01142, replaced the same day by the page after it
        ingest(9243, "2031-03-03");    // 0.01143
        ingest(9244, "2031-03-07");    // 0.01144

        List<Map<String, Object>> all = series("2031-03-01", "2031-03-31");
        assertThat(all).extracting(p -> p.get("asOf")).containsExactly("2031-03-01", "2031-03-03", "2031-03-07");
        assertThat(all).extracting(p -> ((Number) p.get("rate")).doubleValue()).containsExactly(0.01141, 0.01143, 0.01144);
        assertThat(all.get(1).get("previousRate")).isNotNull();
        assertThat(((Number) all.get(1).get("previousRate")).doubleValue()).isEqualTo(0.01141);

        // From a day with no quote: the first point's previous rate is still the last one before the range.
        List<Map<String, Object>> late = series("2031-03-05", "2031-03-31");
        assertThat(late).extracting(p -> p.get("asOf")).containsExactly("2031-03-07");
        assertThat(((Number) late.get(0).get("previousRate")).doubleValue()).isEqualTo(0.01143);

        // Up to a day: nothing after it.
        assertThat(series("2031-03-01", "2031-03-03")).extracting(p -> p.get("asOf"))
                .containsExactly("2031-03-01", "2031-03-03");

        JsonPath latest = GraphQL.postQuery("{ latestQuotes { base quote rate asOf previousRate } }").statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        Map<String, Object> kgs = latest.getMap("data.latestQuotes.find { it.base == 'KGS' && it.quote == 'USD' }");
        assertThat(kgs.get("asOf")).isEqualTo("2031-03-07");
        assertThat(((Number) kgs.get("rate")).doubleValue()).isEqualTo(0.01144);
        assertThat(((Number) kgs.get("previousRate")).doubleValue()).isEqualTo(0.01143);
        assertThat(latest.getList("data.latestQuotes.findAll { it.base == 'KGS' && it.quote == 'USD' }")).hasSize(1);
    }

    private static void ingest(int serial, String day) {
        GraphQL.post("ingest", "input", Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(0), serial),
                "publishedOn", day)).statusCode(200);
    }

    private static List<Map<String, Object>> series(String from, String to) {
        return GraphQL.postQuery("query S($from: Date, $to: Date) { quotes(base: \"KGS\", quote: \"USD\", from: $from, to: $to)"
                        + " { asOf rate previousRate } }", "from", from, "to", to)
                .statusCode(200).extract().jsonPath().using(DOUBLES).getList("data.quotes");
    }
}
