package dev.newsgraph.extract.text;

/**
 * One token of an article's text. Offsets point into the text the {@link Tokenizer} read.
 *
 * @param type        word, number or a single symbol character
 * @param start       offset of the first character
 * @param end         offset after the last character
 * @param text        the characters as written
 * @param lower       {@code text} in lower case (equal to {@code text} for numbers and symbols)
 * @param spaceBefore whether white space separates this token from the one before it
 */
public record Token(Type type, int start, int end, String text, String lower, boolean spaceBefore) {

    public enum Type { WORD, NUMBER, SYMBOL }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isSymbol() {
        return type == Type.SYMBOL;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** A symbol token equal to one of the given characters. */
    public boolean isSymbol(char c) {
        return type == Type.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }

    public boolean isDash() {
        if (type != Type.SYMBOL || text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010' || c == '\u2011'
                || c == '\u2212';
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        if (type != Type.WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
