package dev.newsgraph.extract.quotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.extract.QuotationMention;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quotation recognizer against the cases of {@code extract/quotations.json} (and {@code extract/ru/quotations.json}): each positive text yields
 * exactly its expected quotations (the speaker as named, or the same name with its first names), each
 * negative text yields none. Every case is named by its input.
 */
class QuotationRecognizerTest {

    private final QuotationRecognizer recognizer = new QuotationRecognizer();

    /** The English cases and those of every other language ({@code extract/LANG/quotations.json}). */
    static List<JsonNode> cases() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String resource : List.of("/extract/quotations.json", "/extract/ru/quotations.json")) {
            try (InputStream in = QuotationRecognizerTest.class.getResourceAsStream(resource)) {
                out.add(new ObjectMapper().readTree(in));
            }
        }
        return out;
    }

    static Stream<Arguments> positives() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : cases().stream().flatMap(f -> java.util.stream.StreamSupport.stream(f.get("positive").spliterator(), false)).toList()) {
            out.add(Arguments.of(Named.of(name(c.get("text").asText()), c.get("text").asText()), c.get("expect")));
        }
        return out.stream();
    }

    static Stream<Arguments> negatives() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : cases().stream().flatMap(f -> java.util.stream.StreamSupport.stream(f.get("negative").spliterator(), false)).toList()) {
            out.add(Arguments.of(Named.of(name(c.asText()), c.asText())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsQuotation(String text, JsonNode expect) {
        List<QuotationMention> found = recognizer.find(text);
        List<String> expected = new ArrayList<>();
        expect.forEach(e -> expected.add(e.get("speaker").asText() + ": " + e.get("text").asText()));
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            QuotationMention q = found.get(i);
            String speaker = q.speaker();
            // a full name stands for the surname the case expects ("Aidarbek Saparov" for "Saparov")
            if (i < expect.size() && speaker != null && speaker.endsWith(" " + expect.get(i).get("speaker").asText())) {
                speaker = expect.get(i).get("speaker").asText();
            }
            actual.add(speaker + ": " + q.text());
            assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets of " + q.text());
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void findsNothing(String text) {
        List<QuotationMention> found = recognizer.find(text);
        assertTrue(found.isEmpty(), "no quotation expected, found " + found);
    }

    private static String name(String text) {
        String one = text.replace("\n\n", " ¶ ");
        return one.length() > 110 ? one.substring(0, 107) + "…" : one;
    }
}
