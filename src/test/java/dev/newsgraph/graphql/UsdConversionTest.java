package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Money figures in US dollars, with hand-made quotes (uploaded files of rates) on days no other test uses (2043):
 * the quote nearest on or before the figure's day, the window's edge (31 days in, 32 out), a currency with no rate,
 * a rate uploaded after the figure was stored, a rate given the other way round (USD/JPY), a cross rate through a
 * third currency only when both legs exist, and the filters, order and statistics built on them.
 */
@QuarkusTest
class UsdConversionTest {

    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void nearestQuoteOnOrBeforeTheDayIsUsed() {
        upload("date,base,quote,rate\n2043-03-01,GBP,USD,1.25\n2043-03-10,GBP,USD,1.30\n2043-03-20,GBP,USD,1.40\n", "Test Bank");
        Map<String, Object> usd = usdOf(ingest("GBP 1,000", "2043-03-15", 1));
        assertThat((Double) usd.get("value")).isCloseTo(1300.0, within(1e-6));
        assertThat((Double) usd.get("rate")).isCloseTo(1.30, within(1e-9));
        assertThat(usd.get("asOf")).isEqualTo("2043-03-10");
        assertThat(usd.get("source")).isEqualTo("Test Bank");
        // on the day of a quote, that quote
        assertThat((Double) usdOf(ingest("GBP 1,000", "2043-03-20", 2)).get("rate")).isCloseTo(1.40, within(1e-9));
        // before the first quote: none
        assertThat(usdOf(ingest("GBP 1,000", "2043-02-28", 3))).isNull();
    }

    @Test
    void windowEdgeIsThirtyOneDaysAndRatesMayBeGivenTheOtherWayRound() {
        upload("2043-04-01,USD,JPY,150\n", null);
        Map<String, Object> in = usdOf(ingest("JPY 3,000", "2043-05-02", 4)); // 31 days after the quote
        assertThat(in).isNotNull();
        assertThat((Double) in.get("value")).isCloseTo(20.0, within(1e-9));
        assertThat(in.get("asOf")).isEqualTo("2043-04-01");
        assertThat(in.get("source")).isEqualTo("upload");
        assertThat(usdOf(ingest("JPY 3,000", "2043-05-03", 5))).as("32 days after the quote").isNull();
    }

    @Test
    void aFigureWithNoRateHasNoUsdValueUntilARateIsUploadedLater() {
        String id = ingest("CHF 400", "2043-06-10", 6);
        assertThat(usdOf(id)).as("no CHF quote yet").isNull();
        Map<String, Object> stats = statsByUnit("2043-06-01", "2043-06-30").get("CHF");
        assertThat(((Number) stats.get("count")).intValue()).isEqualTo(1);
        assertThat(((Number) stats.get("withoutRate")).intValue()).isEqualTo(1);
        assertThat(((Number) stats.get("sum")).doubleValue()).isEqualTo(0.0);
        assertThat(stats.get("max")).isNull();

        upload("2043-06-09,CHF,USD,1.1\n", "Late Bank"); // stored after the figure, dated before it
        Map<String, Object> usd = usdOf(id);
        assertThat((Double) usd.get("value")).isCloseTo(440.0, within(1e-9));
        assertThat(usd.get("source")).isEqualTo("Late Bank");
        Map<String, Object> after = statsByUnit("2043-06-01", "2043-06-30").get("CHF");
        assertThat(((Number) after.get("withoutRate")).intValue()).isEqualTo(0);
        assertThat((Double) after.get("sum")).isCloseTo(440.0, within(1e-9));
    }

    @Test
    void crossRatesGoThroughAThirdCurrencyOnlyWhenBothLegsExist() {
        upload("2043-07-01,EUR,CAD,1.5\n2043-07-01,EUR,USD,1.10\n2043-07-02,AUD,HKD,5.1\n", "Cross Bank");
        Map<String, Object> cad = usdOf(ingest("CAD 1,500", "2043-07-05", 7));
        assertThat((Double) cad.get("value")).isCloseTo(1100.0, within(1e-9));
        assertThat(cad.get("source")).isEqualTo("via EUR: Cross Bank, Cross Bank");
        assertThat(usdOf(ingest("AUD 100", "2043-07-05", 8))).as("AUD/HKD without HKD/USD").isNull();
    }

    @Test
    void aFigureInDollarsIsItself() {
        Map<String, Object> usd = usdOf(ingest("$5 million", "2043-08-01", 9));
        assertThat((Double) usd.get("value")).isEqualTo(5_000_000.0);
        assertThat((Double) usd.get("rate")).isEqualTo(1.0);
        assertThat(usd.get("asOf")).isEqualTo("2043-08-01");
        assertThat(usd.get("source")).isEqualTo("USD");
    }

    @Test
    void figuresFilteredAndOrderedByTheirValueInDollars() {
        upload("2043-09-01,SGD,USD,0.1\n", null);
        ingest("SGD 50,000", "2043-09-02", 10);     // 5,000 USD
        ingest("$7,000", "2043-09-03", 11);         // 7,000 USD
        ingest("SGD 20,000", "2043-09-04", 12);     // 2,000 USD
        ingest("MNT 90,000", "2043-09-05", 13);     // no rate
        JsonPath all = metrics(Map.of("from", "2043-09-01", "to", "2043-09-30", "first", 2));
        assertThat(all.getInt("data.metrics.totalCount")).isEqualTo(4);
        assertThat(all.getList("data.metrics.edges.node.surface")).containsExactly("$7,000", "SGD 50,000");
        JsonPath next = metrics(Map.of("from", "2043-09-01", "to", "2043-09-30", "first", 2,
                "after", all.getString("data.metrics.pageInfo.endCursor")));
        assertThat(next.getList("data.metrics.edges.node.surface")).containsExactly("SGD 20,000", "MNT 90,000");
        assertThat(next.getBoolean("data.metrics.pageInfo.hasNextPage")).isFalse();
        JsonPath back = metrics(Map.of("from", "2043-09-01", "to", "2043-09-30", "last", 2,
                "before", next.getString("data.metrics.pageInfo.endCursor")));
        assertThat(back.getList("data.metrics.edges.node.surface")).containsExactly("SGD 50,000", "SGD 20,000");

        JsonPath bounded = metrics(Map.of("from", "2043-09-01", "to", "2043-09-30", "minUsd", 2500.0, "maxUsd", 6000.0));
        assertThat(bounded.getInt("data.metrics.totalCount")).isEqualTo(1);
        assertThat(bounded.getList("data.metrics.edges.node.surface")).containsExactly("SGD 50,000");

        Map<String, Map<String, Object>> stats = statsByUnit("2043-09-01", "2043-09-30");
        assertThat((Double) stats.get("SGD").get("sum")).isCloseTo(7000.0, within(1e-6));
        assertThat((Double) stats.get("SGD").get("max")).isCloseTo(5000.0, within(1e-6));
        assertThat(((Number) stats.get("MNT").get("withoutRate")).intValue()).isEqualTo(1);
    }

    @Test
    void currencyConvertsMoneyOnly() {
        List<String> errors = GraphQL.postQuery("{ metricStats(kind: PERCENT, groupBy: KIND, currency: USD) { sum } }")
                .statusCode(200).extract().jsonPath().getList("errors.extensions.code");
        assertThat(errors).containsExactly("BAD_USER_INPUT");
    }

    private static void upload(String csv, String source) {
        Map<String, Object> input = new HashMap<>();
        input.put("csv", csv);
        input.put("source", source);
        GraphQL.post("ingest-quotes", "input", input).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    /** Ingests a one-article page whose only money figure is {@code money}, dated {@code day}; returns the article id. */
    private static String ingest(String money, String day, int serial) {
        String page = "Kazakhstan Signs Supply Deal Number " + (4300 + serial) + "\n\n"
                + "Kazakhstan signed a supply deal worth " + money + " with a foreign company on Monday, the ministry said.\n";
        return GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", day)).statusCode(200)
                .extract().jsonPath().getString("data.ingest.articles[0].id");
    }

    private static Map<String, Object> usdOf(String articleId) {
        JsonPath got = GraphQL.postUncached("usd-figures", "id", articleId).statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(got.getList("errors")).isNull();
        List<Map<String, Object>> figures = got.getList("data.article.metrics");
        assertThat(figures).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> usd = (Map<String, Object>) figures.get(0).get("usd");
        return usd;
    }

    private static JsonPath metrics(Map<String, Object> variables) {
        Object[] vars = variables.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        JsonPath got = GraphQL.postUncached("usd-metrics", vars).statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(got.getList("errors")).isNull();
        return got;
    }

    private static Map<String, Map<String, Object>> statsByUnit(String from, String to) {
        JsonPath got = GraphQL.postUncached("usd-stats", "from", from, "to", to).statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(got.getList("errors")).isNull();
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (Map<String, Object> s : got.<Map<String, Object>>getList("data.metricStats")) {
            out.put((String) s.get("key"), s);
        }
        return out;
    }
}
