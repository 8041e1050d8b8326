package dev.newsgraph.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads currency ticker lines such as {@code • KGS/USD = 0.01144 0%}, {@code KZT/USD = 0.00196 -0%} or
 * {@code TJS/USD = 0.10904 +0.5%}: base and quote currency (three capital letters), the rate exactly as written
 * (a decimal comma is read as a point) and, when present, the change in percent (a change that rounds to zero,
 * {@code -0%}, is zero). Several quotes on one line are read too; a line with anything else on it is not a
 * ticker line. Hand-written scanning, linear in the line length.
 */
final class TickerParser {

    private TickerParser() {
    }

    /** The quotes on a ticker line, or {@code null} when the line is not made of ticker quotes only. */
    static List<TickerQuote> parseLine(String line) {
        int n = line.length();
        if (n < 9 || line.indexOf('/') < 0 || line.indexOf('=') < 0) {
            return null;
        }
        List<TickerQuote> quotes = new ArrayList<>(1);
        int i = 0;
        while (true) {
            i = skipSeparators(line, i);
            if (i >= n) {
                break;
            }
            // BASE/QUOTE
            if (!isCode(line, i)) {
                return null;
            }
            String base = line.substring(i, i + 3);
            i = skipSpaces(line, i + 3);
            if (i >= n || line.charAt(i) != '/') {
                return null;
            }
            i = skipSpaces(line, i + 1);
            if (!isCode(line, i)) {
                return null;
            }
            String quote = line.substring(i, i + 3);
            i = skipSpaces(line, i + 3);
            if (i >= n || (line.charAt(i) != '=' && line.charAt(i) != ':')) {
                return null;
            }
            i = skipSpaces(line, i + 1);
            int rateEnd = scanNumber(line, i);
            if (rateEnd == i) {
                return null;
            }
            BigDecimal rate = new BigDecimal(line.substring(i, rateEnd).replace(',', '.'));
            i = rateEnd;
            BigDecimal change = null;
            int j = skipSpaces(line, i);
            while (j < n && isArrow(line.charAt(j))) {
                j = skipSpaces(line, j + 1);
            }
            int sign = 1;
            int k = j;
            if (k < n && isSign(line.charAt(k))) {
                sign = line.charAt(k) == '+' ? 1 : -1;
                k = skipSpaces(line, k + 1);
            }
            int changeEnd = scanNumber(line, k);
            if (changeEnd > k) {
                int pct = skipSpaces(line, changeEnd);
                if (pct < n && line.charAt(pct) == '%') {
                    BigDecimal value = new BigDecimal(line.substring(k, changeEnd).replace(',', '.'));
                    change = value.signum() == 0 ? BigDecimal.ZERO : (sign < 0 ? value.negate() : value);
                    i = pct + 1;
                } else {
                    return null; // a number that is not a change in percent
                }
            }
            quotes.add(new TickerQuote(base, quote, rate, change));
        }
        return quotes.isEmpty() ? null : quotes;
    }

    private static boolean isCode(String s, int i) {
        if (i + 3 > s.length()) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            char c = s.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return i + 3 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 3));
    }

    /** End of a number (digits, with at most one decimal point or comma followed by digits) starting at i. */
    private static int scanNumber(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == ',') && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == '\u2212' || c == '\u2013';
    }

    private static boolean isArrow(char c) {
        return c == '▲' || c == '▼' || c == '↑' || c == '↓' || c == '△' || c == '▽';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipSeparators(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '•' || c == '·' || c == '|' || c == ',' || c == ';' || c == '*' || c == '●'
                    || c == '▪' || c == '-' || c == '–' || c == '—') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
