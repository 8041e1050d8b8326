package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Token;

import java.util.Set;

import static dev.newsgraph.extract.metric.MetricWords.*;

/** MULTIPLIER figures written as words ("eightfold", "twice", "nearly double") and "N times" read as a factor. */
final class Multipliers {

    private Multipliers() {
    }

    /** "8-fold", "2x", "1.4 times" after the number at {@code k}; NOT_A_FIGURE for a frequency ("three times a year"). */
    static Suffix suffix(Token[] t, Numeral n, int k, boolean hyphen) {
        Token b = t[k];
        if (!b.isWord()) {
            return null;
        }
        String w = b.lower();
        if (w.equals("fold")) {
            return new Suffix(MetricKind.MULTIPLIER, "x", k + 1);
        }
        if (w.equals("x") && !b.spaceBefore() && !hyphen && !n.word()) {
            return new Suffix(MetricKind.MULTIPLIER, "x", k + 1);
        }
        if (MetricWords.TIMES_WORDS.contains(w) && !hyphen) {
            if (n.first() > 0 && t[n.first() - 1].isWord() && TIMES_BEFORE.contains(t[n.first() - 1].lower())) {
                return new Suffix(MetricKind.MULTIPLIER, "x", k + 1); // "в 2,5 раза"
            }
            return isMultiplierTimes(t, n.first(), k, n.value() != Math.rint(n.value()))
                    ? new Suffix(MetricKind.MULTIPLIER, "x", k + 1) : Suffix.NOT_A_FIGURE;
        }
        return null;
    }

    /** "eightfold", "twice", "nearly double", "tripled". */
    static Figure wordMultiplier(Doc doc, int i) {
        Token[] t = doc.tokens();
        Token w = t[i];
        String lw = w.lower();
        Integer fold = Numerals.fold(lw);
        if (fold != null) {
            return new Figure(fold, MetricKind.MULTIPLIER, "x", i, i + 1, i + 1, w.start(), w.end());
        }
        // "two-fold", "ten-fold"
        if ((Numerals.unitWord(lw) != null || Numerals.tensWord(lw) != null) && i + 2 < t.length && t[i + 1].isDash()
                && !t[i + 1].spaceBefore() && t[i + 2].lower().equals("fold") && !t[i + 2].spaceBefore()) {
            int v = Numerals.unitWord(lw) != null ? Numerals.unitWord(lw) : Numerals.tensWord(lw);
            return new Figure(v, MetricKind.MULTIPLIER, "x", i, i + 3, i + 3, w.start(), t[i + 2].end());
        }
        double v;
        boolean verb;
        switch (lw) {
            case "twice":
                v = 2;
                verb = false;
                break;
            case "thrice":
                v = 3;
                verb = false;
                break;
            case "double", "doubles", "doubled", "doubling":
                v = 2;
                verb = !lw.equals("double");
                break;
            case "triple", "triples", "tripled", "tripling":
                v = 3;
                verb = !lw.equals("triple");
                break;
            case "quadruple", "quadrupled", "quadrupling":
                v = 4;
                verb = !lw.equals("quadruple");
                break;
            default:
                return null;
        }
        Token next = i + 1 < t.length ? t[i + 1] : null;
        Token prev = i > 0 ? t[i - 1] : null;
        if (next != null && next.isDash() && !next.spaceBefore()) {
            return null; // "double-digit", "double-edged"
        }
        if (w.isCapitalized() && !doc.inTitleLine(i) && !doc.startsSentence(i)) {
            return null; // "Double Tree", names
        }
        boolean ok;
        if (lw.equals("twice") || lw.equals("thrice")) {
            ok = isMultiplierTimes(t, i, i, false) || prev != null && prev.isWord()
                    && (CHANGE_WORDS.contains(prev.lower()) || prev.lower().equals("than"));
        } else if (verb) {
            ok = true;
        } else {
            // "double" as a verb or an amount: "to double", "nearly double those", "will double by 2030"
            String p = prev == null ? "" : prev.lower();
            String nx = next == null ? "" : next.isWord() ? next.lower() : next.text();
            ok = words("to", "nearly", "almost", "than", "roughly", "about", "could", "would", "will", "may",
                    "might", "can", "least", "over", "around", "expected").contains(p)
                    || Set.of("that", "those", "the", "its", "their", "in", "by", "from", ".", ",", "compared",
                    "what", "this", "his", "her", "our", "last").contains(nx);
        }
        if (!ok) {
            return null;
        }
        int first = i;
        if (prev != null && i - 1 >= NumberReader.sentenceStart(doc, i) && (prev.lower().equals("nearly") || prev.lower().equals("almost"))) {
            first = i - 1; // the annotation keeps "nearly double" together
        }
        return new Figure(v, MetricKind.MULTIPLIER, "x", first, i + 1, i + 1, t[first].start(), w.end());
    }

    static boolean isMultiplierTimes(Token[] t, int first, int timesIdx, boolean decimal) {
        if (decimal) {
            return true;
        }
        if (timesIdx + 1 < t.length) {
            Token nx = t[timesIdx + 1];
            if (nx.isWord() && TIMES_NEXT.contains(nx.lower())) {
                return !(nx.lower().equals("over") && timesIdx + 2 < t.length && t[timesIdx + 2].lower().equals("the"));
            }
            if (nx.isWord() && (nx.lower().equals("a") || nx.lower().equals("per") || nx.lower().equals("each")
                    || nx.lower().equals("every") || nx.lower().equals("in"))) {
                return false;
            }
        }
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (t[k].isWord() && CHANGE_WORDS.contains(t[k].lower())) {
                return true;
            }
            if (t[k].isSymbol('.') || t[k].isSymbol(';')) {
                break;
            }
        }
        return false;
    }
}
