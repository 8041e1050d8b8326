package dev.newsgraph.extract;

import java.util.Locale;

/**
 * Word tokens and sentence ends of English news text, by hand-written scanning (linear, no regular
 * expressions). A token is a run of letters and digits with inner apostrophes ({@code Kazakhstan’s}), hyphens
 * ({@code Kassym-Jomart}) and the periods of single capitals ({@code U.S.}).
 */
public final class Tokens {

    private Tokens() {
    }

    /** Receives each token's start and end (exclusive) offsets. */
    @FunctionalInterface
    public interface Sink {
        void token(int start, int end);
    }

    /** Calls {@code sink} for each token of {@code s} between {@code from} and {@code to}. */
    public static void scan(CharSequence s, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int segment = 0; // letters since the last period, for U.S.
            while (i < to) {
                char d = s.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    segment++;
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-' || d == '‐') && i + 1 < to
                        && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    segment = 0;
                    i++;
                } else if (d == '.' && segment == 1 && Character.isUpperCase(s.charAt(i - 1))
                        && (i + 1 >= to || !Character.isLowerCase(s.charAt(i + 1)))
                        && (i - start == 1 || s.charAt(i - 2) == '.')) {
                    segment = 0;
                    i++; // U.S., U.K.: the periods of single capitals belong to the token
                    if (i >= to || !Character.isLetter(s.charAt(i))) {
                        break;
                    }
                } else {
                    break;
                }
            }
            sink.token(start, i);
        }
    }

    /** True when the period at {@code dot} ends an abbreviation or an initial ("Mr.", "U.S.", "St.", "J."). */
    public static boolean isAbbreviation(CharSequence p, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(p.charAt(s - 1))) {
            s--;
        }
        int len = dot - s;
        if (len == 1) {
            return true;
        }
        if (len == 0 || len > 6) {
            return false;
        }
        String w = p.subSequence(s, dot).toString().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "gen",
                 "col", "lt", "prof", "rev", "gov", "sen", "rep", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
                 "approx", "est", "dept", "capt", "maj", "sgt" -> true;
            default -> false;
        };
    }

    /**
     * End (exclusive, after the mark) of the sentence that starts at {@code from}: a period, question or
     * exclamation mark followed by a space and a capital, digit or opening quote, unless the period ends an
     * abbreviation. Looks at most {@code max} characters ahead; returns that limit when no end is found.
     */
    public static int sentenceEnd(CharSequence p, int from, int max) {
        int limit = Math.min(p.length(), from + max);
        for (int i = from; i < limit - 2; i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && p.charAt(i + 1) == ' ') {
                char next = p.charAt(i + 2);
                if ((Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '"'
                        || next == '«' || next == '‘') && !(c == '.' && isAbbreviation(p, i))) {
                    return i + 1;
                }
            }
        }
        return limit;
    }
}
