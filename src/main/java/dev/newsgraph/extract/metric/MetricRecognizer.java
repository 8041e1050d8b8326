package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.newsgraph.extract.metric.MetricWords.*;

/**
 * Finds every numeric figure of an article and reads its value, kind and unit, following the annotation
 * guideline: money, percentages, measured quantities, counts of things and multipliers; not years, dates,
 * clock times, ordinals, codes, numbers inside names, nor durations that only name a reporting period.
 *
 * <p>One left-to-right pass over the tokens of a {@link Doc}: at each number (digits or number words) it
 * reads the scale word, looks one or two tokens back for a currency code or sign, and forward for a percent
 * sign, currency, multiplier, unit or counted noun. Everything is hash lookups and bounded look-arounds: no
 * regular expression runs over the text. Thread-safe.
 *
 * <p>One class per part of the work: {@link NumberReader} reads the number, {@link Exclusions} drops what is no
 * figure, and one class per kind reads what follows the number:
 * {@link Percents}, {@link Multipliers}, {@link MoneyContext} (currencies, shared names, rates), {@link Quantities}
 * (units, ages, periods that are no figures), {@link CountedNouns} (what a count counts); the word lists are data ({@code /extract/en/metrics.txt}, read by
 * {@link MetricWords}).
 */
public final class MetricRecognizer {

    private final UnitTable units;
    private final CurrencyTable currencies;
    private final Gazetteer gazetteer;

    private final Exclusions exclusions;
    private final CountedNouns nouns;
    private final MoneyContext money;
    private final Quantities quantities;

    public MetricRecognizer(UnitTable units, CurrencyTable currencies, Gazetteer gazetteer) {
        this.units = units;
        this.currencies = currencies;
        this.gazetteer = gazetteer;
        this.exclusions = new Exclusions(units, currencies, gazetteer);
        this.nouns = new CountedNouns(gazetteer);
        this.money = new MoneyContext(gazetteer);
        this.quantities = new Quantities(units);
    }

    public List<Figure> find(Doc doc) {
        return find(doc, List.of());
    }

    /**
     * @param countries the countries the article names, most named first: the currency of a shared name
     *                  ("manats", "soms") or of a bare exchange rate ("520 per dollar") when its sentence names none
     */
    public List<Figure> find(Doc doc, List<String> countries) {
        Token[] t = doc.tokens();
        List<Figure> out = new ArrayList<>();
        boolean[] ticker = new boolean[doc.blocks().length];
        for (int b = 0; b < ticker.length; b++) {
            ticker[b] = Exclusions.isTickerBlock(doc, doc.blocks()[b]);
        }
        int i = 0;
        while (i < t.length) {
            if (t[i].isWord() && !NUMERIC_WORDS.contains(t[i].lower())) {
                i++; // most words: one hash lookup
                continue;
            }
            int s = doc.sentenceOf(i);
            if (s < 0 || ticker[doc.sentence(s).block()]) {
                i++;
                continue;
            }
            Figure word = t[i].isWord() ? Multipliers.wordMultiplier(doc, i) : null;
            if (word != null) {
                out.add(word);
                i = word.endToken();
                continue;
            }
            Numeral n = NumberReader.readNumeral(doc, i);
            if (n == null) {
                i++;
                continue;
            }
            Figure f = n.valid() ? classify(doc, n, out, 0, countries) : null;
            if (f != null && !Double.isFinite(f.value())) {
                f = null; // "1,000,000,…" beyond any double: a string of digits, not an amount
            }
            if (f != null) {
                out.add(f);
                i = Math.max(f.numberEnd(), n.end());
            } else {
                i = n.end();
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- reading numbers

    // ---------------------------------------------------------------- deciding what a number is

    private Figure classify(Doc doc, Numeral n, List<Figure> found, int depth, List<String> countries) {
        Token[] t = doc.tokens();
        int first = n.first();
        int j = n.end();
        Token numTok = t[first];
        double value = n.value();
        if (exclusions.isExcludedByContext(doc, n)) {
            return null;
        }
        // sign: "-30°C", "minus 5%"
        int start = first;
        if (first > 0 && numTok.isNumber() && !numTok.spaceBefore() && (t[first - 1].is("-") || t[first - 1].is("\u2212"))
                && (first - 1 == 0 || t[first - 1].spaceBefore())) {
            value = -value;
            start = first - 1;
        }
        // currency before: "$4.7 billion", "USD 1.367 billion", "US$ 5", "KZT500"
        String prefixCurrency = null;
        int sentenceEnd = NumberReader.sentenceEnd(doc, first);
        for (int back = Math.min(4, start - NumberReader.sentenceStart(doc, first)); back >= 1; back--) {
            PhraseTable.Match<CurrencyTable.Currency> m = currencies.codeOrSymbol(t, start - back, start);
            if (m != null && m.end() == start && (m.value().position() == CurrencyTable.Position.CODE
                    || m.value().position() == CurrencyTable.Position.SYMBOL)) {
                prefixCurrency = money.localCurrency(doc, t, start - back, m.value().iso(), countries);
                start = start - back;
                break;
            }
        }
        if (prefixCurrency == null && n.word() && !n.scaled() && n.value() == 1 && !isPercentAt(t, j)) {
            return null; // "one of", "one day", "one kilowatt-hour costs": "one" counts with a scale or percent
        }
        // "$5m", "€10k": m and k scale money only
        if (prefixCurrency != null && !n.scaled() && j < sentenceEnd && t[j].isWord() && !t[j].spaceBefore()
                && (t[j].is("m") || t[j].is("k") || t[j].is("M") || t[j].is("K") || t[j].is("b") || t[j].is("B"))) {
            value *= t[j].lower().equals("k") ? 1e3 : t[j].lower().equals("m") ? 1e6 : 1e9;
            j++;
        }
        Suffix sfx = suffix(doc, n, j, prefixCurrency, countries);
        if (sfx == null) {
            return null; // a period, a frequency or a fixed phrase
        }
        if (prefixCurrency != null && (sfx.kind() == null || sfx.kind() == MetricKind.COUNT)) {
            sfx = new Suffix(MetricKind.MONEY, prefixCurrency, j);
        }
        if (sfx.kind() == MetricKind.MONEY && !n.scaled() && sfx.end() == j && j < t.length && t[j].isDash()) {
            Numeral partner = j + 1 < sentenceEnd ? NumberReader.readNumeral(doc, j + 1) : null; // "$3-4 million"
            if (partner != null && partner.valid() && partner.scaled() && !partner.word()
                    && partner.end() - 1 > partner.first() && t[partner.end() - 1].isWord()) {
                Double sc = Numerals.scale(t[partner.end() - 1].lower());
                if (sc != null) {
                    value = NumberReader.times(value, sc);
                }
            }
        }
        if (sfx.kind() == null) {
            // a bare number: takes the kind of the figure it is a range with ("5 to 7 percent", "$3-4 billion")
            Figure partner = rangePartner(doc, n, j, found, depth, countries);
            if (partner != null) {
                double scaled = value;
                if (!n.scaled() && partner.value() != 0) {
                    double partnerScale = scaleOf(t, partner);
                    scaled = value * partnerScale;
                }
                return new Figure(scaled, partner.kind(), partner.unit(), start, j, j, t[start].start(), t[j - 1].end());
            }
            Figure previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (previous != null && previous.kind() == MetricKind.MONEY && previous.endToken() + 2 >= first
                    && previous.endToken() <= first && t[first - 1].isDash()
                    || previous != null && previous.kind() == MetricKind.MONEY && n.scaled() && !n.word()
                    && doc.sentenceOf(previous.firstToken()) == doc.sentenceOf(first) && previous.endToken() <= first) {
                // "$3-4 million"; "270 млн долларов, из которых 200 млн…": a bare scaled amount after money is money
                return new Figure(value, MetricKind.MONEY, previous.unit(), start, j, j, t[start].start(), t[j - 1].end());
            }
            if (n.word() && !n.scaled() && !(n.value() >= 2 && j < t.length && AUXILIARIES.contains(t[j].lower()))) {
                return null; // "the two met": a number word counts what it quantifies ("seven were acquitted")
            }
            if (exclusions.isLikelyYear(n, t)) {
                return null;
            }
            return new Figure(value, MetricKind.COUNT, nouns.contextNoun(doc, first, found), start, j, j, t[start].start(),
                    t[j - 1].end());
        }
        int end = Math.max(sfx.end(), j);
        return new Figure(value, sfx.kind(), sfx.unit(), start, end, j, t[start].start(), t[end - 1].end());
    }

    private static boolean isPercentAt(Token[] t, int j) {
        return j < t.length && (t[j].is("%") || t[j].lower().equals("percent") || t[j].lower().equals("per"));
    }

    private static double scaleOf(Token[] t, Figure f) {
        for (int k = f.firstToken(); k < f.endToken(); k++) {
            if (t[k].isWord()) {
                Double sc = Numerals.scale(t[k].lower());
                if (sc != null && sc >= 1e3) {
                    return sc;
                }
            }
        }
        return 1;
    }

    /** "between 5 and 7 percent": the bare first number joined to a figure with a unit. */
    private Figure rangePartner(Doc doc, Numeral n, int j, List<Figure> found, int depth, List<String> countries) {
        if (depth > 0) {
            return null; // a range has two ends: never follow a chain "1-2-3-…"
        }
        Token[] t = doc.tokens();
        if (j + 1 >= NumberReader.sentenceEnd(doc, n.first())) {
            return null;
        }
        Token c = t[j];
        boolean connector = c.isDash() || c.isWord() && MetricWords.RANGE_CONNECTORS.contains(c.lower());
        if (!connector) {
            return null;
        }
        Numeral next = NumberReader.readNumeral(doc, j + 1);
        if (next == null || !next.valid() || next.word() != n.word() && !n.word() && next.word()) {
            return null;
        }
        if (exclusions.isExcludedByContext(doc, next)) {
            return null;
        }
        Figure f = classify(doc, next, found, depth + 1, countries);
        if (f == null || f.kind() == MetricKind.COUNT && f.unit() == null) {
            return null;
        }
        return f;
    }

    private boolean hasUnitAfter(Token[] t, int j) {
        if (j >= t.length) {
            return false;
        }
        int k = t[j].isDash() && !t[j].spaceBefore() ? j + 1 : j;
        return k < t.length && (units.match(t, k, t.length) != null || t[k].is("%")
                || t[k].lower().equals("percent") || currencies.word(t, k, t.length) != null
                || t[k].lower().equals("fold"));
    }

    /** What follows the number: percent, currency, multiplier, unit or counted noun; kind null when bare. */
    private Suffix suffix(Doc doc, Numeral n, int j, String prefixCurrency, List<String> countries) {
        Token[] t = doc.tokens();
        int len = NumberReader.sentenceEnd(doc, n.first()); // "… 0.01144" then a paragraph "KGS …": no currency of it
        if (j >= len) {
            return new Suffix(null, null, j);
        }
        int k = j;
        boolean hyphen = t[j].isDash() && !t[j].spaceBefore() && j + 1 < len && !t[j + 1].spaceBefore();
        if (hyphen) {
            k = j + 1;
        }
        // one rule per kind, in this order; each answers a suffix, NOT_A_FIGURE, or null to pass
        Suffix sfx = Percents.suffix(t, k, len, hyphen);
        if (sfx == null) {
            sfx = Multipliers.suffix(t, n, k, hyphen);
        }
        if (sfx == null) {
            sfx = money.suffix(doc, currencies, n, j, k, len, hyphen, prefixCurrency, countries);
        }
        if (sfx == null) {
            sfx = quantities.suffix(doc, n, j, k, len, hyphen);
        }
        if (sfx == null) {
            sfx = nouns.countedNoun(doc, n, j);
        }
        return sfx == Suffix.NOT_A_FIGURE ? null : sfx;
    }




    // ---------------------------------------------------------------- exclusions

    // ---------------------------------------------------------------- word multipliers

}
