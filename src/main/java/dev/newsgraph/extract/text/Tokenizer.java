package dev.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and single symbols in one pass, by hand (no regular expressions).
 * <ul>
 *   <li>a number is a run of digits with inner {@code ,} or {@code .} separators each followed by a digit
 *       ({@code 28,500}, {@code 1.367}); a trailing full stop is not part of it;</li>
 *   <li>a word is a run of letters, with inner apostrophes followed by a letter ({@code so'm},
 *       {@code d'Ivoire}); a possessive {@code 's} becomes a token of its own;</li>
 *   <li>everything else that is not white space is a one-character symbol ({@code $ % - . ,}).</li>
 * </ul>
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200B') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (c >= '0' && c <= '9') {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && isAsciiDigit(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                String t = s.substring(start, i);
                out.add(new Token(Token.Type.NUMBER, start, i, t, t, space));
            } else if (isAsciiLetter(c) || Character.isLetter(c)) {
                i++;
                boolean upper = c >= 'A' && c <= 'Z' || c > 127;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isAsciiLetter(d)) {
                        upper |= d <= 'Z';
                        i++;
                    } else if (d > 127 && (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK)) {
                        upper = true;
                        i++;
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && !isPossessive(s, i)) {
                        upper = true; // lower-casing decides
                        i += 2;
                    } else {
                        break;
                    }
                }
                String t = s.substring(start, i);
                out.add(new Token(Token.Type.WORD, start, i, t, upper ? t.toLowerCase(Locale.ROOT) : t, space));
            } else if (isApostrophe(c) && isPossessive(s, i)) {
                i += 2;
                out.add(new Token(Token.Type.SYMBOL, start, i, s.substring(start, i), "'s", space));
            } else {
                i += Character.charCount(s.codePointAt(i));
                String t = s.substring(start, i);
                out.add(new Token(Token.Type.SYMBOL, start, i, t, isApostrophe(c) ? "'" : t, space));
            }
            space = false;
        }
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '\u02BB';
    }

    /** An apostrophe at {@code i} followed by {@code s} and then no letter: {@code Kazakhstan's}. */
    private static boolean isPossessive(String s, int i) {
        return i + 1 < s.length() && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S') && i > 0
                && Character.isLetter(s.charAt(i - 1))
                && (i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2)));
    }
}
