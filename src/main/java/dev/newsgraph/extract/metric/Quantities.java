package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import static dev.newsgraph.extract.metric.MetricWords.*;

/**
 * QUANTITY figures: a unit after the number ("523-kilometer", "15 million tons", "26 GW", "four-year") or an age
 * ("aged 45", "Rahmon, 72, has ruled"); a duration that only names the period a statistic covers ("the first five
 * months of 2025", "in nine months") or a time ago is no figure.
 */
final class Quantities {

    private final UnitTable units;

    Quantities(UnitTable units) {
        this.units = units;
    }

    /** The unit after the number at {@code k} ({@code j} when no hyphen joins them), NOT_A_FIGURE, or null. */
    Suffix suffix(Doc doc, Numeral n, int j, int k, int len, boolean hyphen) {
        Token[] t = doc.tokens();
        Token b = t[k];
        PhraseTable.Match<UnitTable.Unit> unit = units.match(t, k, len);
        if (unit != null && !(b.lower().equals("m") && hyphen) && unitFits(t, k, unit)) {
            UnitTable.Unit u = unit.value();
            if (u.isTime() && (isReportingPeriod(t, n, unit.end()) || isStatisticPeriod(doc, n, unit.end())
                    || unit.end() < len && AGO_WORDS.contains(t[unit.end()].lower()))) {
                return Suffix.NOT_A_FIGURE;
            }
            return new Suffix(MetricKind.QUANTITY, u.symbol(), unit.end());
        }
        if (hyphen) {
            if (b.isWord() && !n.word() && b.text().length() > 2 && b.text().length() <= MAX_UNIT && !STOP.contains(b.lower())
                    && Character.isLowerCase(b.text().charAt(0))) {
                return new Suffix(MetricKind.COUNT, b.lower(), k + 1); // "a 10-member commission"
            }
            return n.word() ? Suffix.NOT_A_FIGURE : new Suffix(null, null, j);
        }
        // "aged 45", "Rahmon, 72, has ruled": an age
        if (n.first() > 0 && (t[n.first() - 1].lower().equals("aged") || t[n.first() - 1].lower().equals("age"))) {
            return new Suffix(MetricKind.QUANTITY, "year", j);
        }
        if (n.first() > 1 && n.plainInteger() && n.value() >= 10 && n.value() < 120 && t[n.first() - 1].is(",")
                && t[n.first() - 2].isWord() && !Numerals.isNumberWord(t[n.first() - 2].lower()) && j < len
                && t[j].is(",") && !n.word()) {
            return new Suffix(MetricKind.QUANTITY, "year", j);
        }
        return null;
    }

    static boolean unitFits(Token[] t, int k, PhraseTable.Match<UnitTable.Unit> unit) {
        String w = t[k].text();
        // a one-letter unit must not be the start of a word or a name: "5 m from", not "5 M&A"
        if (w.length() == 1 && unit.end() < t.length && !t[unit.end()].spaceBefore()
                && (t[unit.end()].isWord() || t[unit.end()].isNumber() || t[unit.end()].is("&"))) {
            return false;
        }
        // "5 t" vs "5 T-shirts"; "a" and "I" are never units
        return !(w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("W"));
    }

    /** "the first five months of 2025", "over the past two years", "in the next three years". */
    static boolean isReportingPeriod(Token[] t, Numeral n, int unitEnd) {
        for (int k = n.first() - 1; k >= Math.max(0, n.first() - 3); k--) {
            if (!t[k].isWord()) {
                break;
            }
            if (PERIOD_WORDS.contains(t[k].lower())) {
                return true;
            }
            if (!t[k].lower().equals("the") && !t[k].lower().equals("few") && !t[k].lower().equals("full")) {
                break;
            }
        }
        // "five months of 2025", "two years of the program"? only a year after "of" names a period
        if (unitEnd + 1 < t.length && t[unitEnd].lower().equals("of") && t[unitEnd + 1].isNumber()
                && t[unitEnd + 1].text().length() == 4) {
            return true;
        }
        return false;
    }

    /**
     * "Exports rose 12% in nine months", "Trade Hits $38.5 Billion in Seven Months": a duration after "in" or
     * "during" in a sentence that states another figure is the period that figure covers.
     */
    static boolean isStatisticPeriod(Doc doc, Numeral n, int unitEnd) {
        Token[] t = doc.tokens();
        if (n.first() == 0 || !(t[n.first() - 1].lower().equals("in") || t[n.first() - 1].lower().equals("during"))) {
            return false;
        }
        int s = doc.sentenceOf(n.first());
        if (s < 0) {
            return false;
        }
        Doc.Sentence sn = doc.sentence(s);
        for (int k = Math.max(sn.firstToken(), n.first() - WINDOW); k < Math.min(sn.endToken(), unitEnd + WINDOW); k++) {
            if ((k < n.first() || k >= unitEnd) && t[k].isNumber()) {
                return true;
            }
        }
        return false;
    }
}
