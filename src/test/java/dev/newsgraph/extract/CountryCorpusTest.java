package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The country corpora: mentions (exact set per text) and the primary country of headline + lead. */
class CountryCorpusTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static List<Arguments> countries() {
        return CorpusCase.loadEveryLanguage("countries");
    }

    static List<Arguments> primaryCountry() {
        return CorpusCase.loadEveryLanguage("primary-country");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void countries(String text, JsonNode c) {
        Extraction e = EXTRACTOR.extractText(c.get("text").asText(), false);
        Set<String> expected = new TreeSet<>();
        c.get("countries").forEach(n -> expected.add(n.asText()));
        Set<String> got = e.countries().stream().map(CountryMention::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primaryCountry")
    void primaryCountry(String text, JsonNode c) {
        Extraction e = EXTRACTOR.extract(new ArticleText(c.get("title").asText(),
                List.of(new Section(null, List.of(c.get("text").asText().split("(?<=\\.) (?=[A-Z][a-z]+ [a-z])", 1))))));
        assertEquals(c.get("primary").asText(), e.primaryCountry());
    }
}
