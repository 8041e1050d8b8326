package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Tsv;
import dev.newsgraph.extract.text.Token;

/** Units of measure from {@code /extract/units.tsv}. Immutable once loaded. */
public final class UnitTable {

    /** A unit: its canonical symbol and class ({@code length}, {@code mass}, {@code time}…). */
    public record Unit(String symbol, String unitClass) {
        public boolean isTime() {
            return "time".equals(unitClass);
        }
    }

    private final PhraseTable<Unit> table = new PhraseTable<>();

    public static UnitTable load() {
        UnitTable u = new UnitTable();
        for (String[] row : Tsv.read("/extract/units.tsv", 3)) {
            String form = row[0];
            boolean anyCase = form.length() > 3 && form.equals(form.toLowerCase(java.util.Locale.ROOT));
            u.table.add(form, new Unit(row[1], row[2]),
                    anyCase ? PhraseTable.CaseRule.IGNORE : PhraseTable.CaseRule.EXACT);
        }
        return u;
    }

    public PhraseTable.Match<Unit> match(Token[] t, int i, int limit) {
        return table.match(t, i, limit);
    }
}
