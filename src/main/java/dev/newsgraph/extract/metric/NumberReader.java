package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Token;

import static dev.newsgraph.extract.metric.MetricWords.*;

/** Reads a number as written at a token: digits with separators or number words, with its scale word. */
final class NumberReader {

    private NumberReader() {
    }

    static Numeral readNumeral(Doc doc, int i) {
        return readNumeral(doc, i, true);
    }

    /**
     * The number written at token {@code i}, read no further than the end of its sentence (a scale word or the
     * rest of a number in the next paragraph is not part of it).
     *
     * @param hundredAnd whether "hundred and" may be followed by the rest of the number ("two hundred and
     *                   twenty"); the rest itself is read without, so "one hundred and one hundred and …" is
     *                   not followed ever deeper
     */
    static Numeral readNumeral(Doc doc, int i, boolean hundredAnd) {
        Token[] t = doc.tokens();
        Token tok = t[i];
        int len = sentenceEnd(doc, i);
        if (tok.isNumber()) {
            double v = Numerals.parseDigits(tok.text());
            if (Double.isNaN(v)) {
                return new Numeral(i, i + 1, v, false, false, false, false);
            }
            boolean plain = tok.text().indexOf(',') < 0 && tok.text().indexOf('.') < 0;
            int j = i + 1;
            // "1 200 000": groups of three digits written with spaces
            if (plain && tok.text().length() <= 3 && !tok.text().startsWith("0")) {
                int k = j;
                double g = v;
                while (k < len && t[k].isNumber() && t[k].text().length() == 3 && t[k].spaceBefore()
                        && t[k].start() - t[k - 1].end() == 1 && isDigits(t[k].text())) {
                    g = g * 1000 + Double.parseDouble(t[k].text());
                    k++;
                }
                if (k > j && Double.isFinite(g)) {
                    v = g;
                    j = k;
                    plain = false;
                }
            }
            boolean scaled = false;
            if (j + 1 < len && t[j].isDash() && !t[j].spaceBefore() && !t[j + 1].spaceBefore()
                    && t[j + 1].isWord() && Numerals.scale(t[j + 1].lower()) != null
                    && Numerals.scale(t[j + 1].lower()) >= 1e6) {
                j++; // "a $5-million grant", "a 1.5-billion-euro project"
            }
            if (j < len && t[j].isWord()) {
                Double sc = Numerals.scale(t[j].lower());
                if (sc != null && !(sc == 100 && !t[j].lower().equals("hundred"))) {
                    v = times(v, sc);
                    j++;
                    scaled = true;
                    if (j < len && t[j].isWord() && Numerals.scale(t[j].lower()) != null
                            && Numerals.scale(t[j].lower()) >= 1e6 && sc < 1e6) {
                        v = times(v, Numerals.scale(t[j].lower())); // "hundred million"
                        j++;
                    }
                    if (j + 1 < len && t[j].isSymbol('.') && !t[j].spaceBefore()
                            && MetricWords.ABBREVIATED_SCALES.contains(t[j - 1].lower()) && t[j + 1].isWord()
                            && Character.isLowerCase(t[j + 1].text().charAt(0))) {
                        j++; // "50 тыс. сомов": the abbreviation's full stop
                    }
                }
            }
            return new Numeral(i, j, v, false, scaled, plain && !scaled, true);
        }
        if (!tok.isWord()) {
            return null;
        }
        String w = tok.lower();
        int j;
        double v;
        if ((w.equals("a") || w.equals("an")) && i + 1 < len && t[i + 1].isWord()) {
            String nx = t[i + 1].lower();
            if (nx.equals("dozen")) {
                v = 12;
            } else if (Numerals.scale(nx) != null && !nx.equals("mln") && !nx.equals("bn") && !nx.equals("tn")
                    && nx.length() > 3) {
                v = Numerals.scale(nx);
            } else {
                return null;
            }
            j = i + 2;
        } else if (w.equals("half") && i + 2 < len && t[i + 1].lower().equals("a")
                && Numerals.scale(t[i + 2].lower()) != null && t[i + 2].lower().length() > 3) {
            v = 0.5 * Numerals.scale(t[i + 2].lower());
            j = i + 3;
        } else {
            Integer u = Numerals.unitWord(w);
            Integer tens = Numerals.tensWord(w);
            if ((u == null || w.equals("dozen") || w.equals("zero")) && tens == null) {
                return null;
            }
            j = i + 1;
            if (tens != null) {
                v = tens;
                if (j + 1 < len && t[j].isDash() && !t[j].spaceBefore() && !t[j + 1].spaceBefore()
                        && t[j + 1].isWord() && Numerals.unitWord(t[j + 1].lower()) != null
                        && Numerals.unitWord(t[j + 1].lower()) < 10) {
                    v += Numerals.unitWord(t[j + 1].lower());
                    j += 2;
                }
            } else {
                v = u;
            }
            if (j < len && t[j].lower().equals("hundred")) {
                v *= 100;
                j++;
                if (j + 1 < len && t[j].lower().equals("and") && t[j + 1].isWord()
                        && (Numerals.unitWord(t[j + 1].lower()) != null || Numerals.tensWord(t[j + 1].lower()) != null)) {
                    Numeral rest = hundredAnd ? readNumeral(doc, j + 1, false) : null;
                    if (rest != null && !rest.scaled() && rest.value() < 100) {
                        v += rest.value();
                        j = rest.end();
                    }
                }
            }
        }
        if (j + 2 < len && t[j].lower().equals("and") && t[j + 1].lower().equals("a")
                && t[j + 2].lower().equals("half")) {
            v += 0.5; // "two and a half years", "one and a half million"
            j += 3;
        }
        boolean scaled = false;
        if (j < len && t[j].isWord()) {
            Double sc = Numerals.scale(t[j].lower());
            if (sc != null && sc >= 1e3 && t[j].lower().length() > 3) {
                v *= sc;
                j++;
                scaled = true;
            }
        }
        return new Numeral(i, j, v, true, scaled || v >= 100, false, true);
    }

    /** {@code 4.1 × 1e9} as written (4100000000), not as binary floating point rounds it (4099999999.9…). */
    static double times(double v, double scale) {
        if (!Double.isFinite(v)) {
            return v * scale; // BigDecimal has no infinity
        }
        return java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }

    /** The token after the sentence holding token {@code i}: no figure reaches past it. */
    static int sentenceEnd(Doc doc, int i) {
        int s = doc.sentenceOf(i);
        return s >= 0 ? doc.sentence(s).endToken() : doc.size();
    }

    /** The first token of the sentence holding token {@code i}: no figure starts before it. */
    static int sentenceStart(Doc doc, int i) {
        int s = doc.sentenceOf(i);
        return s >= 0 ? doc.sentence(s).firstToken() : 0;
    }

    static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
