package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a page is text and cuts it into clean lines: one pass over the characters, no regular
 * expressions.
 *
 * <ul>
 *   <li>CRLF, CR, NEL, U+2028 and U+2029 end a line;</li>
 *   <li>tabs, NBSP and every other Unicode space become a plain space, runs of spaces one space, and each line
 *       is trimmed;</li>
 *   <li>zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), soft hyphens, DEL and C1 controls are
 *       dropped;</li>
 *   <li>a C0 control character other than tab, CR and LF, or a high share of U+FFFD replacement characters,
 *       makes the page invalid: it is binary or was decoded with the wrong charset.</li>
 * </ul>
 * Quotation marks, dashes and apostrophes are kept as written.
 */
final class TextNormalizer {

    /** Longest page accepted, in characters. */
    static final int MAX_CHARS = 20_000_000;

    private TextNormalizer() {
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidPageException("The page is empty.");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidPageException("The page is too large: " + text.length() + " characters, at most "
                    + MAX_CHARS + " are accepted.");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(256);
        int replacements = 0;
        int visible = 0;
        boolean pendingSpace = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) { // a run of printable ASCII, the common case: copied at once
                int run = i + 1;
                while (run < n && text.charAt(run) > ' ' && text.charAt(run) < 0x7F) {
                    run++;
                }
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(text, i, run);
                visible += run - i;
                i = run - 1;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(line.toString());
                line.setLength(0);
                pendingSpace = false;
                continue;
            }
            if (c < 0x20 && c != '\t') {
                throw new InvalidPageException(String.format(
                        "The page is not text: it holds the control character U+%04X at offset %d.", (int) c, i));
            }
            if (c == '\t' || c == ' ' || Character.isSpaceChar(c)) {
                pendingSpace = line.length() > 0;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\uFFFD') {
                replacements++;
            }
            visible++;
            if (pendingSpace) {
                line.append(' ');
                pendingSpace = false;
            }
            line.append(c);
        }
        lines.add(line.toString());
        if (replacements >= 3 && replacements * 20L >= visible) {
            throw new InvalidPageException("The page is not readable text: " + replacements + " of its " + visible
                    + " characters are U+FFFD replacement characters (binary content or a wrong charset).");
        }
        if (visible == 0) {
            throw new InvalidPageException("The page is empty.");
        }
        return lines;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD' || c == '\u180E' || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
