package dev.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The case forms of a name written in the nominative, for languages that decline names (Russian: Казахстан,
 * Казахстана, Казахстану…; Россия, России…; казахстанский, казахстанского…). The endings are data, the
 * {@code [declension]} sections of {@code /extract/LANG/countries.txt}; a word of a language without them, or of
 * several words, is kept as written (those are listed with their forms in the data).
 */
public final class Inflections {

    private record Rule(String ending, List<String> replacements) {
    }

    private static final List<Rule> RULES = load();

    private Inflections() {
    }

    private static List<Rule> load() {
        List<Rule> out = new ArrayList<>();
        for (Map.Entry<String, String> e : Lexicon.ofEvery("countries").mapIfAny("declension").entrySet()) {
            out.add(new Rule(e.getKey(), List.of(e.getValue().split("\\s+"))));
        }
        out.sort(Comparator.comparingInt((Rule r) -> r.ending().length()).reversed());
        return List.copyOf(out);
    }

    /** The word itself and its case forms; only the word when it is not a single Cyrillic word. */
    public static List<String> forms(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        if (word.isEmpty() || word.indexOf(' ') >= 0 || !isCyrillic(word.charAt(word.length() - 1))
                || word.length() < 3) {
            return out;
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        for (Rule r : RULES) {
            if (r.ending().equals("+")) {
                if ("аеёиоуыэюяйь".indexOf(last) < 0 && Character.isLowerCase(word.charAt(word.length() - 1))) {
                    r.replacements().forEach(e -> out.add(word + e));
                    return out;
                }
            } else if (word.endsWith(r.ending()) && word.length() > r.ending().length() + 1) {
                String stem = word.substring(0, word.length() - r.ending().length());
                r.replacements().forEach(e -> out.add(stem + e));
                return out;
            }
        }
        return out;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
