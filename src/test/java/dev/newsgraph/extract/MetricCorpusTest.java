package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The metric corpora: one parameterised runner per kind, each case named by its sentence. A case lists
 * every figure the sentence holds; finding one more, or one less, fails it.
 */
class MetricCorpusTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static List<Arguments> money() {
        return CorpusCase.loadEveryLanguage("money");
    }

    static List<Arguments> percent() {
        return CorpusCase.loadEveryLanguage("percent");
    }

    static List<Arguments> quantity() {
        return CorpusCase.loadEveryLanguage("quantity");
    }

    static List<Arguments> count() {
        return CorpusCase.loadEveryLanguage("count");
    }

    static List<Arguments> multiplier() {
        return CorpusCase.loadEveryLanguage("multiplier");
    }

    static List<Arguments> numbers() {
        return CorpusCase.loadEveryLanguage("numbers");
    }

    static List<Arguments> labels() {
        return CorpusCase.load("labels");
    }

    static List<Arguments> negatives() {
        return CorpusCase.loadEveryLanguage("negatives");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("money")
    void money(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percent")
    void percent(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quantity")
    void quantity(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("count")
    void count(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiplier")
    void multiplier(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void numbers(String text, JsonNode c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void negatives(String text, JsonNode c) {
        List<MetricMention> got = metricsOf(c.get("text").asText());
        if (c.has("absent")) {
            for (JsonNode a : c.get("absent")) {
                for (MetricMention m : got) {
                    assertTrue(!m.surface().contains(a.asText()), "must not find " + a.asText() + " but found " + m);
                }
            }
        } else {
            assertEquals(List.of(), surfaces(got), "no figure expected");
        }
    }

    /**
     * Labels, read as the scorer reads them: right when the label holds one of the accepted terms as whole words and
     * has at most eight words; never holding a rejected word (a country, a period, a generic word).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void labels(String text, JsonNode c) {
        List<MetricMention> got = EXTRACTOR.extractText(c.get("text").asText(), c.path("headline").asBoolean(false)).metrics();
        List<String> problems = new ArrayList<>();
        c.path("accept").fields().forEachRemaining(e -> {
            MetricMention m = got.stream().filter(g -> g.surface().equals(e.getKey())).findFirst().orElse(null);
            if (m == null) {
                problems.add("no figure " + e.getKey());
                return;
            }
            boolean ok = false;
            for (JsonNode term : e.getValue()) {
                ok |= m.label() != null && m.label().split(" ").length <= 8
                        && (" " + m.label() + " ").contains(" " + term.asText() + " ");
            }
            if (!ok) {
                problems.add(e.getKey() + ": label " + m.label() + ", expected one of " + e.getValue());
            }
        });
        c.path("reject").fields().forEachRemaining(e -> {
            for (MetricMention m : got) {
                for (JsonNode word : e.getValue()) {
                    if (m.surface().equals(e.getKey()) && m.label() != null
                            && (" " + m.label() + " ").contains(" " + word.asText() + " ")) {
                        problems.add(e.getKey() + ": label " + m.label() + " holds " + word.asText());
                    }
                }
            }
        });
        for (JsonNode none : c.path("none")) {
            got.stream().filter(g -> g.surface().equals(none.asText()) && g.label() != null)
                    .forEach(g -> problems.add(g.surface() + ": no label expected, got " + g.label()));
        }
        if (!problems.isEmpty()) {
            fail(String.join("; ", problems));
        }
    }

    /** Found by the extraction fuzz test: a value past any double was Infinity, or threw from BigDecimal. */
    @Test
    void numbersBeyondADoubleAreNoFigures() {
        String huge = "9" + ",999".repeat(102); // about 1e306: a double, but not once scaled by "trillion"
        for (String text : List.of("Reserves reached " + huge + " trillion dollars.",
                "Reserves reached $" + huge + " trillion.", "Reserves reached 1" + ",000".repeat(400) + " tons.",
                "Reserves reached 1" + " 000".repeat(400) + " million tenge.")) {
            List<MetricMention> got = assertDoesNotThrow(() -> metricsOf(text), text);
            for (MetricMention m : got) {
                assertTrue(Double.isFinite(m.value()), "not finite: " + m.surface() + " = " + m.value());
            }
        }
    }

    /** Found by the extraction fuzz test: each "hundred and" read the rest of the chain again, recursively. */
    @Test
    void chainsOfHundredAndAreReadOneStepDeep() {
        String text = "one hundred and ".repeat(20_000) + "one people.";
        assertDoesNotThrow(() -> metricsOf(text)); // was a StackOverflowError
    }

    private static List<MetricMention> metricsOf(String text) {
        return EXTRACTOR.extractText(text, false).metrics();
    }

    private static List<String> surfaces(List<MetricMention> ms) {
        return ms.stream().map(m -> m.surface() + " = " + m.value() + " " + m.kind() + " " + m.unit())
                .collect(Collectors.toList());
    }

    private static void check(JsonNode c) {
        String text = c.get("text").asText();
        List<MetricMention> got = new ArrayList<>(metricsOf(text));
        List<String> problems = new ArrayList<>();
        for (JsonNode e : c.get("expect")) {
            String surface = e.get("surface").asText();
            MetricMention hit = got.stream().filter(m -> m.surface().equals(surface)).findFirst().orElse(null);
            if (hit == null) {
                problems.add("missing " + surface);
                continue;
            }
            got.remove(hit);
            double v = e.get("value").asDouble();
            if (Math.abs(hit.value() - v) > 1e-9 * Math.max(1, Math.abs(v))) {
                problems.add(surface + ": value " + hit.value() + " expected " + v);
            }
            if (!hit.kind().name().equals(e.get("kind").asText())) {
                problems.add(surface + ": kind " + hit.kind() + " expected " + e.get("kind").asText());
            }
            if (e.has("unit") && !e.get("unit").asText().equals(hit.unit())) {
                problems.add(surface + ": unit " + hit.unit() + " expected " + e.get("unit").asText());
            }
            if (e.has("country") && !e.get("country").asText().equals(hit.country())) {
                problems.add(surface + ": country " + hit.country() + " expected " + e.get("country").asText());
            }
            if (e.has("label") && !e.get("label").asText().equals(hit.label())) {
                problems.add(surface + ": label " + hit.label() + " expected " + e.get("label").asText());
            }
        }
        for (MetricMention extra : got) {
            problems.add("unexpected " + extra.surface() + " = " + extra.value() + " " + extra.kind() + " " + extra.unit());
        }
        if (!problems.isEmpty()) {
            fail(String.join("; ", problems));
        }
    }
}
