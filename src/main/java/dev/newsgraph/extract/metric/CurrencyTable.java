package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Tsv;
import dev.newsgraph.extract.text.Token;

/** Currency codes, signs and names from {@code /extract/currencies.tsv}. Immutable once loaded. */
public final class CurrencyTable {

    public enum Position { CODE, SYMBOL, WORD }

    public record Currency(String iso, Position position) {
    }

    private final PhraseTable<Currency> codesAndSymbols = new PhraseTable<>();
    private final PhraseTable<Currency> words = new PhraseTable<>();

    public static CurrencyTable load() {
        CurrencyTable c = new CurrencyTable();
        for (String[] row : Tsv.read("/extract/currencies.tsv", 3)) {
            Position p = Position.valueOf(row[2].trim().toUpperCase(java.util.Locale.ROOT));
            Currency cur = new Currency(row[1].trim(), p);
            if (p == Position.WORD) {
                c.words.add(row[0], cur, PhraseTable.CaseRule.IGNORE);
            } else {
                c.codesAndSymbols.add(row[0], cur, PhraseTable.CaseRule.EXACT);
            }
        }
        return c;
    }

    /** An ISO code or a currency sign at {@code i}. */
    public PhraseTable.Match<Currency> codeOrSymbol(Token[] t, int i, int limit) {
        return codesAndSymbols.match(t, i, limit);
    }

    /** A currency name ("tenge", "US dollars") at {@code i}. */
    public PhraseTable.Match<Currency> word(Token[] t, int i, int limit) {
        return words.match(t, i, limit);
    }

    /** Whether a currency's code, sign or name starts at {@code i} (used to tell "US$" from "US"). */
    public boolean startsAt(Token[] t, int i) {
        if (i >= t.length) {
            return false;
        }
        PhraseTable.Match<Currency> m = codesAndSymbols.match(t, i, t.length);
        if (m != null && m.value().position() == Position.SYMBOL && !t[i].spaceBefore()) {
            return true; // "US$": the sign written onto the country's short name
        }
        return words.match(t, i, t.length) != null || (t[i].isWord() && t[i].lower().startsWith("dollar"));
    }
}
