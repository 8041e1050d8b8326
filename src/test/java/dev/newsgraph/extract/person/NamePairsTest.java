package dev.newsgraph.extract.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.extract.SpeakerKind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The name matcher against the name pairs of {@code extract/people/name-pairs.json}: each pair is one speaker or two,
 * as the file says, either way round. Every case is named by its pair.
 */
class NamePairsTest {

    static JsonNode corpus() throws IOException {
        try (InputStream in = NamePairsTest.class.getResourceAsStream("/extract/people/name-pairs.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static List<Arguments> pairs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode p : corpus().get("pairs")) {
            String label = p.get("a").asText() + (p.get("same").asBoolean() ? " = " : " ≠ ") + p.get("b").asText();
            out.add(Arguments.of(Named.of(label, p)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void pairIsOneSpeakerOrTwo(JsonNode p) {
        SpeakerKind ka = kind(p, 0);
        SpeakerKind kb = kind(p, 1);
        String a = NameMatcher.key(ka, p.get("a").asText());
        String b = NameMatcher.key(kb, p.get("b").asText());
        boolean same = a != null && a.equals(b);
        assertEquals(p.get("same").asBoolean(), same, p.get("why").asText() + " (keys " + a + " | " + b + ")");
        String back = NameMatcher.key(ka, p.get("a").asText());
        assertEquals(a, back, "a key is the same every time");
    }

    @Test
    void theCorpusHasAtLeastOneHundredPairsOfEachKindOfAnswer() throws IOException {
        int same = 0;
        int different = 0;
        for (JsonNode p : corpus().get("pairs")) {
            if (p.get("same").asBoolean()) {
                same++;
            } else {
                different++;
            }
        }
        assertTrue(same + different >= 100, "pairs: " + (same + different));
        assertTrue(same >= 30 && different >= 30, same + " same, " + different + " different");
    }

    private static SpeakerKind kind(JsonNode p, int side) {
        return p.has("kinds") ? SpeakerKind.valueOf(p.get("kinds").get(side).asText()) : SpeakerKind.PERSON;
    }
}
