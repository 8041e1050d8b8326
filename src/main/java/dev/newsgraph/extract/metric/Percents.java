package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.text.Token;

/** PERCENT figures: "16%", "23.4 percent", "5 per cent", "2 percentage points", "50 bps" (and basis points). */
final class Percents {

    private Percents() {
    }

    /** The percent sign or word at {@code k}, or null. */
    static Suffix suffix(Token[] t, int k, int len, boolean hyphen) {
        Token b = t[k];
        if (b.is("%") || b.is("\uFF05")) {
            return new Suffix(MetricKind.PERCENT, "%", k + 1);
        }
        if (!b.isWord()) {
            return null;
        }
        String w = b.lower();
        if (MetricWords.PERCENT_WORDS.contains(w)) {
            return new Suffix(MetricKind.PERCENT, "%", k + 1);
        }
        if (w.equals("per") && k + 1 < len && t[k + 1].lower().equals("cent")) {
            return new Suffix(MetricKind.PERCENT, "%", k + 2);
        }
        if (MetricWords.PERCENT_POINT_WORDS.contains(w) && k + 1 < len
                && (t[k + 1].lower().startsWith("point") || t[k + 1].lower().startsWith("пункт"))) {
            return new Suffix(MetricKind.PERCENT, "%", k + 2);
        }
        if ((w.equals("pp") || w.equals("bps")) && !hyphen) {
            return new Suffix(MetricKind.PERCENT, "%", k + 1);
        }
        if (w.equals("basis") && k + 1 < len && t[k + 1].lower().startsWith("point")) {
            return new Suffix(MetricKind.QUANTITY, "bp", k + 2);
        }
        return null;
    }
}
