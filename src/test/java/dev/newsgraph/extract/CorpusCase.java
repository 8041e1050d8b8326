package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/** Loads a test corpus ({@code src/test/resources/extract/NAME.json}) as named arguments: input, case. */
final class CorpusCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusCase() {
    }

    /** The languages with a corpus of their own beside the English one: {@code extract/LANG/NAME.json}. */
    static final List<String> OTHER_LANGUAGES = List.of("ru");

    /** The English corpus {@code NAME} and the same corpus of every other language, one list. */
    static List<Arguments> loadEveryLanguage(String name) {
        List<Arguments> out = new ArrayList<>(load(name));
        for (String language : OTHER_LANGUAGES) {
            out.addAll(load(language + "/" + name));
        }
        return out;
    }

    static List<Arguments> load(String name) {
        try (InputStream in = CorpusCase.class.getResourceAsStream("/extract/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing corpus " + name);
            }
            JsonNode root = JSON.readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                String label = c.has("title") ? c.get("title").asText() + " | " + c.get("text").asText()
                        : c.get("text").asText();
                out.add(Arguments.of(label, c));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
