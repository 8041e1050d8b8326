package dev.newsgraph.extract.quotation;

import java.util.List;

/**
 * Pairs quotation marks within one paragraph, in one left-to-right pass: {@code “…”} (and {@code „…“}),
 * {@code «…»}, straight {@code "…"} and single {@code ‘…’}. A straight quote opens at the paragraph start or
 * after a space, bracket, dash or colon, before a non-space, and closes after a non-space; a single quote closes
 * on a {@code ’} not followed by a letter (so {@code Kazakhstan’s} is no closing mark). Marks inside a pair are
 * part of its text. A mark that opens the paragraph and is never closed opens a quote running to the paragraph
 * end. Once a kind of mark has no closing mark left, later openers of that kind are skipped without searching
 * again, which keeps the pass linear.
 */
final class QuoteSpans {

    private QuoteSpans() {
    }

    static void find(String text, int from, int to, int paragraph, List<QuotationRecognizer.Span> out) {
        boolean noCurly = false;
        boolean noGuillemet = false;
        boolean noStraight = false;
        boolean noSingle = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int close = -1;
            boolean single = false;
            if ((c == '“' || c == '„') && !noCurly) {
                close = indexOf(text, i + 1, to, c == '„' ? '“' : '”', c == '„' ? '”' : '”');
                noCurly = close < 0;
            } else if (c == '«' && !noGuillemet) {
                close = indexOf(text, i + 1, to, '»', '»');
                noGuillemet = close < 0;
            } else if (c == '"' && !noStraight && opens(text, from, i, to)) {
                close = straightClose(text, i + 1, to);
                noStraight = close < 0;
            } else if (c == '‘' && !noSingle && opens(text, from, i, to)) {
                close = singleClose(text, i + 1, to);
                noSingle = close < 0;
                single = true;
            } else {
                i++;
                continue;
            }
            if (close < 0) {
                if (atParagraphStart(text, from, i) && !single) {
                    add(text, i, to, paragraph, false, out); // speech going on into the next paragraph
                    return;
                }
                i++;
                continue;
            }
            add(text, i, close, paragraph, single, out);
            i = close + 1;
        }
    }

    private static void add(String text, int open, int close, int paragraph, boolean single,
                            List<QuotationRecognizer.Span> out) {
        int s = open + 1;
        int e = close;
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        while (e > s && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (s < e) {
            out.add(new QuotationRecognizer.Span(open, close, s, e, paragraph, single));
        }
    }

    private static int indexOf(String text, int from, int to, char a, char b) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == a || c == b) {
                return k;
            }
        }
        return -1;
    }

    /** An opening straight or single quote: after the start, a space, bracket, dash or colon; before a non-space. */
    private static boolean opens(String text, int from, int i, int to) {
        if (i + 1 >= to || text.charAt(i + 1) == ' ') {
            return false;
        }
        if (i == from) {
            return true;
        }
        char p = text.charAt(i - 1);
        return p == ' ' || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == '/' || p == ':'
                || p == '“' || p == '«';
    }

    private static int straightClose(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '"' && text.charAt(k - 1) != ' ') {
                return k;
            }
        }
        return -1;
    }

    private static int singleClose(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '’' && text.charAt(k - 1) != ' '
                    && (k + 1 >= to || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean atParagraphStart(String text, int from, int i) {
        for (int k = from; k < i; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }
}
