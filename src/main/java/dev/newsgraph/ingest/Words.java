package dev.newsgraph.ingest;

import dev.newsgraph.extract.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level helpers for the splitter: tokens ({@link Tokens}), light stems for comparing vocabularies, and the
 * first sentence of a paragraph.
 */
final class Words {

    /** Common words of four letters or more that say nothing about an article's topic. */
    private static final Set<String> STOP = Set.copyOf(List.of(
            "that", "this", "with", "from", "have", "been", "were", "will", "would", "which", "their", "they",
            "there", "about", "also", "into", "over", "more", "than", "such", "some", "other", "after", "before",
            "while", "where", "when", "what", "said", "says", "year", "years", "last", "first", "between", "under",
            "through", "during", "against", "among", "amid", "within", "without", "these", "those", "could",
            "should", "must", "being", "each", "both", "most", "many", "much", "very", "only", "just", "even",
            "still", "according", "including", "since", "until", "upon", "across", "around", "toward", "towards",
            "because", "however", "meanwhile", "despite", "although", "though", "whether", "well", "like", "make",
            "made", "take", "part", "country", "countries", "government", "them", "then", "than", "your", "here",
            "does", "doing", "done", "having", "next", "back", "down", "near", "nearly", "almost", "another",
            "every", "also", "further", "main", "major", "over", "above", "below", "plus", "whose", "whom",
            "himself", "herself", "itself", "themselves", "once", "twice", "ever", "never", "always", "often",
            "again", "already", "yet", "second", "third", "time", "times", "week", "month", "months", "weeks",
            "days", "today", "yesterday", "recent", "recently", "currently", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "million", "billion", "percent",
            "thousand", "per", "cent"));

    private Words() {
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Tokens.scan(s, 0, s.length(), (start, end) -> out.add(s.substring(start, end)));
        return out;
    }

    /** Topic stems of a token: each hyphen part of four letters or more, not a stop word, cut to five letters. */
    static void addStems(String token, Set<String> into) {
        addStems(token, 0, token.length(), into);
    }

    /** {@link #addStems(String, Set)} for the token {@code s[start, end)}, without copying it first. */
    static void addStems(String s, int start, int end, Set<String> into) {
        if (end - start > 2 && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’') && s.charAt(end - 1) == 's') {
            end -= 2; // possessive
        }
        int partStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == '-' || s.charAt(i) == '‐') {
                if (i - partStart >= 4 && Character.isLetter(s.charAt(partStart))) {
                    String part = s.substring(partStart, i).toLowerCase(Locale.ROOT);
                    if (!STOP.contains(part)) {
                        into.add(part.length() > 5 ? part.substring(0, 5) : part);
                    }
                }
                partStart = i + 1;
            }
        }
    }

    static String stripPossessive(String token) {
        return dev.newsgraph.extract.PlaceWords.stripPossessive(token);
    }

    /** The first sentence of a paragraph, at most 300 characters. */
    static String firstSentence(String p) {
        return p.substring(0, Tokens.sentenceEnd(p, 0, 300));
    }
}
