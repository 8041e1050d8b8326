package dev.newsgraph.extract;

import dev.newsgraph.extract.text.Token;
import dev.newsgraph.extract.text.Tokenizer;

import java.util.List;

import java.util.Locale;

/**
 * Words and sentence ends of English news text for the readers that want whole words (the quotation recognizer, the
 * page splitter): the tokens of the one {@link Tokenizer}, joined into words with inner apostrophes
 * ({@code Kazakhstan’s}), hyphens ({@code Kassym-Jomart}) and the periods of single capitals ({@code U.S.}).
 */
public final class Tokens {

    /** The abbreviations of {@code /extract/en/text.txt}, which {@link dev.newsgraph.extract.text.Doc} reads too. */
    private static final java.util.Set<String> ABBREVIATIONS =
            dev.newsgraph.extract.text.Lexicon.ofEvery("text").words("abbreviations");

    private Tokens() {
    }

    /** Receives each token's start and end (exclusive) offsets. */
    @FunctionalInterface
    public interface Sink {
        void token(int start, int end);
    }

    /**
     * Calls {@code sink} for each word of {@code s} between {@code from} and {@code to}: the tokens of the one
     * {@link Tokenizer}, with what it cuts apart and a word reader wants whole joined again when nothing separates them
     * (a possessive, a hyphen or apostrophe between letters or digits, letters and digits, the periods of single
     * capitals); symbols are skipped.
     */
    public static void scan(CharSequence s, int from, int to, Sink sink) {
        if (from >= to) {
            return;
        }
        List<Token> t = Tokenizer.tokenize(s.subSequence(from, to).toString());
        int n = t.size();
        int i = 0;
        while (i < n) {
            Token a = t.get(i);
            if (a.isSymbol()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !t.get(j).spaceBefore()) {
                Token b = t.get(j);
                if (!b.isSymbol()) {
                    j++; // "G20": letters and digits
                } else if (b.lower().equals("'s")) {
                    j++; // "Kazakhstan’s"
                } else if ((b.is("-") || b.is("\u2010") || b.lower().equals("'")) && j + 1 < n
                        && !t.get(j + 1).spaceBefore() && !t.get(j + 1).isSymbol()) {
                    j += 2; // "Kassym-Jomart"
                } else if (b.is(".") && isInitial(t.get(j - 1)) && (j + 1 >= n || t.get(j + 1).spaceBefore()
                        || isInitial(t.get(j + 1)))) {
                    j++; // "U.S."
                } else {
                    break;
                }
            }
            sink.token(from + a.start(), from + t.get(j - 1).end());
            i = j;
        }
    }

    private static boolean isInitial(Token t) {
        return t.isWord() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
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
        return ABBREVIATIONS.contains(p.subSequence(s, dot).toString().toLowerCase(Locale.ROOT));
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
