package dev.newsgraph.extract.quotation;

import java.util.List;

/**
 * Pairs quotation marks within one paragraph, left to right. Three families of marks:
 * <ul>
 *   <li>double: {@code “ ” " „}. {@code “} and {@code „} open; {@code "} and {@code ”} open where a quote can start
 *       (at the paragraph start or after a space, bracket, dash or colon, before a non-space) and close where one
 *       can end (after a non-space). Scraped text mixes them ({@code “…spirit!", he said. "That…”}), so any
 *       opener pairs with the next closer of the family;</li>
 *   <li>guillemets {@code «…»};</li>
 *   <li>single {@code ‘…’}, closed by a {@code ’} that no letter follows (so {@code Kazakhstan’s} is no closing
 *       mark).</li>
 * </ul>
 * Marks inside an open quote are part of its text. An opener that is never closed, at the paragraph start or in a
 * paragraph followed by one that opens with a quotation mark, opens a quote running to the paragraph end (speech
 * going on into the next paragraph); a closing mark before any opening
 * one closes a quote whose opening mark was lost, from the paragraph start. Another opener that is never
 * closed is skipped, and since no closer of its family is left after it, the scan resumes after it with that
 * family switched off: at most one resumption per family, so the pass stays linear.
 */
final class QuoteSpans {

    private static final int DOUBLE = 0;
    private static final int GUILLEMET = 1;
    private static final int SINGLE = 2;

    private QuoteSpans() {
    }

    static void find(String text, int from, int to, int paragraph, boolean nextOpensQuote,
                     List<QuotationRecognizer.Span> out) {
        boolean[] off = new boolean[3];
        int i = from;
        while (i < to) {
            int open = -1;
            int family = -1;
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (open < 0) {
                    family = openerFamily(text, from, i, to, off);
                    if (family >= 0) {
                        open = i;
                    } else if (out.isEmpty() || out.get(out.size() - 1).paragraph != paragraph) {
                        headless(text, from, i, to, paragraph, out);
                    }
                } else if (closes(text, i, to, family, text.charAt(open))) {
                    add(text, open, i, paragraph, family == SINGLE, out);
                    open = -1;
                }
            }
            if (open < 0) {
                return;
            }
            if ((open == firstNonSpace(text, from, to) || nextOpensQuote) && family != SINGLE) {
                add(text, open, to, paragraph, false, out); // speech going on into the next paragraph
                return;
            }
            off[family] = true; // nothing closes this family after the opener: skip it and scan on
            i = open + 1;
        }
    }

    /**
     * A closing double mark before any opening one: the opening mark was lost (scraped text often drops it), so
     * the quote is taken to start the paragraph. Kept only when a speech verb follows (see the recognizer).
     */
    private static void headless(String text, int from, int i, int to, int paragraph,
                                 List<QuotationRecognizer.Span> out) {
        char c = text.charAt(i);
        if ((c != '”' && c != '"') || i == from || text.charAt(i - 1) == ' '
                || (i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
            return;
        }
        for (int k = from; k < i; k++) {
            char d = text.charAt(k);
            if (d == '“' || d == '"' || d == '”' || d == '«' || d == '„') {
                return; // not the first double mark of the paragraph
            }
        }
        int s = from;
        while (s < i && text.charAt(s) == ' ') {
            s++;
        }
        if (s < i) {
            QuotationRecognizer.Span span = new QuotationRecognizer.Span(from - 1, i, s, i, paragraph, false);
            span.headless = true;
            out.add(span);
        }
    }

    /** The family of the mark at {@code i} when it opens a quote there, else -1. */
    private static int openerFamily(String text, int from, int i, int to, boolean[] off) {
        char c = text.charAt(i);
        if (i + 1 >= to || text.charAt(i + 1) == ' ') {
            return -1;
        }
        if ((c == '“' || c == '„') && !off[DOUBLE]) {
            return DOUBLE;
        }
        if ((c == '"' || c == '”') && !off[DOUBLE] && opensHere(text, from, i)) {
            return DOUBLE;
        }
        if (c == '«' && !off[GUILLEMET]) {
            return GUILLEMET;
        }
        if (c == '‘' && !off[SINGLE] && opensHere(text, from, i)) {
            return SINGLE;
        }
        return -1;
    }

    private static boolean closes(String text, int i, int to, int family, char opener) {
        char c = text.charAt(i);
        if (text.charAt(i - 1) == ' ') {
            return false;
        }
        return switch (family) {
            case DOUBLE -> c == '”' || c == '"' || (c == '“' && opener == '„');
            case GUILLEMET -> c == '»';
            default -> c == '’' && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
        };
    }

    /** A straight or single mark can open at the paragraph start or after a space, bracket, dash or colon. */
    private static boolean opensHere(String text, int from, int i) {
        if (i == from) {
            return true;
        }
        char p = text.charAt(i - 1);
        return p == ' ' || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == '/' || p == ':'
                || p == '“' || p == '«';
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

    private static int firstNonSpace(String text, int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }
}
