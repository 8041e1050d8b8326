package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level helpers for the splitter: tokens (letters and digits, with inner apostrophes, hyphens and the
 * periods of {@code U.S.}), light stems for comparing vocabularies, and the first sentence of a paragraph.
 * Hand-written loops, linear in the text.
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
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            int segment = 0; // length of the current segment since the last period, for U.S.
            boolean dotted = false;
            while (i < n) {
                char d = s.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    segment++;
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-' || d == '‐') && i + 1 < n
                        && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    segment = 0;
                    i++;
                } else if (d == '.' && segment == 1 && Character.isUpperCase(s.charAt(i - 1))
                        && (i + 1 >= n || !Character.isLowerCase(s.charAt(i + 1)))) {
                    // U.S., U.K.: keep the periods of single capital letters
                    dotted = true;
                    segment = 0;
                    i++;
                    if (i >= n || !Character.isLetter(s.charAt(i))) {
                        break;
                    }
                } else {
                    break;
                }
            }
            String t = s.substring(start, i);
            if (!dotted && t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }

    /** Topic stems of a token: each hyphen part of four letters or more, not a stop word, cut to five letters. */
    static void addStems(String token, Set<String> into) {
        String t = stripPossessive(token).toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '-' || t.charAt(i) == '‐') {
                String part = t.substring(start, i);
                start = i + 1;
                if (part.length() >= 4 && !STOP.contains(part) && Character.isLetter(part.charAt(0))) {
                    into.add(part.length() > 5 ? part.substring(0, 5) : part);
                }
            }
        }
    }

    static String stripPossessive(String token) {
        return dev.newsgraph.extract.PlaceWords.stripPossessive(token);
    }

    /**
     * The first sentence of a paragraph (up to 300 characters): ends at a period, question or exclamation
     * mark followed by a space and a capital letter or quote, unless the period ends an abbreviation.
     */
    static String firstSentence(String p) {
        int end = sentenceEnd(p, 0, 300);
        return p.substring(0, end);
    }

    /** End (exclusive) of the sentence starting at {@code from}, looking at most {@code max} characters ahead. */
    static int sentenceEnd(String p, int from, int max) {
        int limit = Math.min(p.length(), from + max);
        for (int i = from; i < limit - 2; i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && p.charAt(i + 1) == ' ') {
                char next = p.charAt(i + 2);
                if ((Character.isUpperCase(next) || next == '“' || next == '"' || Character.isDigit(next))
                        && !(c == '.' && isAbbreviation(p, i))) {
                    return i + 1;
                }
            }
        }
        return limit;
    }

    /** True when the period at {@code dot} ends an abbreviation ("Mr.", "U.S.", "St.", "No."). */
    static boolean isAbbreviation(String p, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(p.charAt(s - 1))) {
            s--;
        }
        int len = dot - s;
        if (len == 1) {
            return true; // an initial or U.S.
        }
        String w = p.substring(s, dot).toLowerCase(Locale.ROOT);
        return switch (w) {
            case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "gen",
                 "col", "lt", "prof", "rev", "gov", "sen", "rep", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
                 "approx", "est", "dept" -> true;
            default -> false;
        };
    }
}
