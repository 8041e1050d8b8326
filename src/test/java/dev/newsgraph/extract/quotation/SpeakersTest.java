package dev.newsgraph.extract.quotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Speaker;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speakers as people and organisations against {@code extract/people/speakers.json}: for each quotation of a text, who
 * said it (person, organisation or no one in particular), the name across articles, the titles and the country the
 * article states.
 */
class SpeakersTest {

    private final QuotationRecognizer recognizer = new QuotationRecognizer();

    static List<Arguments> cases() throws IOException {
        try (InputStream in = SpeakersTest.class.getResourceAsStream("/extract/people/speakers.json")) {
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                String text = c.get("text").asText();
                String label = text.replace("\n\n", " ¶ ");
                out.add(Arguments.of(Named.of(label.length() > 110 ? label.substring(0, 107) + "…" : label, text), c.get("expect")));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speakersAreWhoTheTextSays(String text, JsonNode expect) {
        List<QuotationMention> found = Speakers.profile(text, recognizer.find(text));
        List<String> expected = new ArrayList<>();
        expect.forEach(e -> expected.add(e.get("speaker").asText() + " -> " + describe(e.get("who"))));
        List<String> actual = new ArrayList<>();
        for (QuotationMention q : found) {
            actual.add(q.speaker() + " -> " + describe(q.who()));
        }
        assertEquals(expected, actual);
    }

    private static String describe(JsonNode who) {
        if (who == null || who.isNull()) {
            return "no one";
        }
        List<String> titles = new ArrayList<>();
        who.get("titles").forEach(t -> titles.add(t.asText()));
        return who.get("kind").asText() + " " + who.get("name").asText() + " | " + text(who.get("title")) + " | " + titles
                + " | " + text(who.get("country"));
    }

    private static String describe(Speaker s) {
        if (s == null) {
            return "no one";
        }
        return s.kind() + " " + s.name() + " | " + s.title() + " | " + s.titles() + " | " + s.country();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }
}
