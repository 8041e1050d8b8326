package dev.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages written for the project (digests with tickers, single articles in other sites' layouts), each
 * with its annotation, through the real ingest mutation: headlines and ticker quotes exactly, figures,
 * countries and quotations scored the way the project's scorer scores real pages.
 */
@QuarkusTest
class FixturePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "digest-energy-trade", "digest-four-currencies", "digest-no-date-line", "digest-author-listing",
            "kazinform-single", "trend-single", "akipress-single", "eurasianet-single", "gazeta-uz-single",
            "rferl-single", "tag-archive-single", "asia-plus-single", "daryo-style-single", "azernews-style-single",
            "kabar-style-single", "turkmen-style-digest",
            // Russian pages in the layouts of 24.kg, Tengrinews, Gazeta.uz and Asia-Plus, and a Russian digest
            "24kg-ru-single", "tengrinews-ru-single", "gazeta-uz-ru-single", "asia-plus-ru-single", "digest-ru"})
    void pageIsExtractedAsAnnotated(String name) throws Exception {
        JsonNode expected = JSON.readTree(GraphQL.resource("pages/" + name + ".expected.json"));
        String text = GraphQL.resource("pages/" + name + ".txt");
        Map<String, Object> input = new HashMap<>();
        input.put("text", text);
        if (expected.hasNonNull("published_on")) {
            input.put("publishedOn", expected.get("published_on").asText());
        }
        JsonPath got = GraphQL.post("ingest", "input", input).statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        assertThat(got.getList("errors")).as("errors").isNull();

        List<String> expectedTitles = new ArrayList<>();
        expected.get("articles").forEach(a -> expectedTitles.add(norm(a.get("title").asText())));
        List<String> titles = got.getList("data.ingest.articles.title", String.class).stream().map(FixturePagesTest::norm).toList();
        assertThat(titles).as("headlines").containsExactlyElementsOf(expectedTitles);

        Set<String> expectedQuotes = new HashSet<>();
        expected.get("quotes").forEach(q -> expectedQuotes.add(q.get("base").asText() + "/" + q.get("quote").asText() + "="
                + Double.parseDouble(q.get("rate").asText())));
        Set<String> quotes = new HashSet<>();
        for (Map<String, Object> q : got.<Map<String, Object>>getList("data.ingest.quotes")) {
            quotes.add(q.get("base") + "/" + q.get("quote") + "=" + ((Number) q.get("rate")).doubleValue());
        }
        assertThat(quotes).as("ticker quotes").isEqualTo(expectedQuotes);

        List<Map<String, Object>> articles = got.getList("data.ingest.articles");
        int i = 0;
        List<Figure> expectedFigures = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Said> expectedQuotations = new ArrayList<>();
        List<Said> quotations = new ArrayList<>();
        for (JsonNode a : expected.get("articles")) {
            Map<String, Object> article = articles.get(i++);
            Set<String> countries = new HashSet<>();
            a.get("countries").forEach(c -> countries.add(c.asText()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> gotCountries = (List<Map<String, Object>>) article.get("countries");
            Set<String> codes = new HashSet<>();
            gotCountries.forEach(c -> codes.add((String) c.get("code")));
            assertThat(codes).as("countries of '" + a.get("title").asText() + "'").isEqualTo(countries);

            a.get("metrics").forEach(m -> expectedFigures.add(new Figure(m.get("value").asDouble(), family(m.get("kind").asText()))));
            a.path("quotations").forEach(q -> expectedQuotations.add(new Said(q.path("speaker").asText(""), q.get("text").asText())));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ms = (List<Map<String, Object>>) article.get("metrics");
            ms.forEach(m -> figures.add(new Figure(((Number) m.get("value")).doubleValue(), family((String) m.get("kind")))));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> qs = (List<Map<String, Object>>) article.get("quotations");
            qs.forEach(q -> quotations.add(new Said(String.valueOf(q.get("speaker")), (String) q.get("text"))));
        }
        double metricsF1 = f1(matchFigures(expectedFigures, figures), expectedFigures.size(), figures.size());
        double quotationsF1 = f1(matchQuotations(expectedQuotations, quotations), expectedQuotations.size(), quotations.size());
        System.out.printf("%-24s metricsF1=%.3f quotationsF1=%.3f%n", name, metricsF1, quotationsF1);
        assertThat(metricsF1).as("figures F1").isGreaterThanOrEqualTo(0.95);
        assertThat(quotationsF1).as("quotations F1").isGreaterThanOrEqualTo(0.90);
    }

    private record Figure(double value, String family) {
    }

    private record Said(String speaker, String text) {
    }

    private static String family(String kind) {
        return kind.equals("COUNT") || kind.equals("QUANTITY") ? "AMOUNT" : kind;
    }

    private static int matchFigures(List<Figure> expected, List<Figure> got) {
        List<Figure> free = new ArrayList<>(got);
        int tp = 0;
        for (Figure e : expected) {
            for (int k = 0; k < free.size(); k++) {
                Figure g = free.get(k);
                if (g.family().equals(e.family()) && Math.abs(g.value() - e.value()) <= 1e-6 * Math.max(1, Math.abs(e.value()))) {
                    free.remove(k);
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    /** As the scorer: words overlap by 80% or more and the speaker's last name agrees. */
    private static int matchQuotations(List<Said> expected, List<Said> got) {
        List<Said> free = new ArrayList<>(got);
        int tp = 0;
        for (Said e : expected) {
            for (int k = 0; k < free.size(); k++) {
                Said g = free.get(k);
                Set<String> ew = words(e.text());
                Set<String> gw = words(g.text());
                Set<String> both = new HashSet<>(ew);
                both.retainAll(gw);
                Set<String> all = new HashSet<>(ew);
                all.addAll(gw);
                List<String> es = List.of(norm(e.speaker()).split("[^\\p{L}\\p{N}]+"));
                boolean speaker = !es.isEmpty() && words(g.speaker()).contains(es.get(es.size() - 1));
                if (!all.isEmpty() && both.size() >= 0.8 * all.size() && speaker) {
                    free.remove(k);
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    private static double f1(int tp, int expected, int got) {
        double p = got == 0 ? 1 : (double) tp / got;
        double r = expected == 0 ? 1 : (double) tp / expected;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split("[^\\p{L}\\p{N}]+")) { // letters of any script, as the scorer reads them
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
