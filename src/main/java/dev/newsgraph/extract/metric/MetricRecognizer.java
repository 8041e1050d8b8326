package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every numeric figure of an article and reads its value, kind and unit, following the annotation
 * guideline: money, percentages, measured quantities, counts of things and multipliers; not years, dates,
 * clock times, ordinals, codes, numbers inside names, nor durations that only name a reporting period.
 *
 * <p>One left-to-right pass over the tokens of a {@link Doc}: at each number (digits or number words) it
 * reads the scale word, looks one or two tokens back for a currency code or sign, and forward for a percent
 * sign, currency, multiplier, unit or counted noun. Everything is hash lookups and bounded look-arounds: no
 * regular expression runs over the text. Thread-safe.
 */
public final class MetricRecognizer {

    private static final Set<String> MONTHS = words(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec");

    /** Words before a number that make it an identifier: "Article 5", "Code 82", "Flight 7". */
    private static final Set<String> CODE_WORDS = words(
            "article", "articles", "no", "nos", "number", "code", "resolution", "decree", "law", "chapter", "section",
            "paragraph", "clause", "part", "item", "flight", "route", "highway", "room", "gate", "terminal",
            "platform", "block", "phase", "stage", "grade", "class", "category", "group", "zone", "tier", "page",
            "pp", "vol", "volume", "issue", "line", "building", "apartment", "apt", "school", "lyceum", "gymnasium",
            "bus", "train", "version", "model", "season", "episode", "round", "level", "window", "track", "lot",
            "protocol", "order", "standard", "iso", "rule", "hall", "sector", "microdistrict", "district", "unit",
            "plot", "house", "office", "counter", "lane", "row", "seat", "table", "figure", "annex", "appendix",
            "step", "act", "case", "file", "box", "division", "batch", "world", "cup", "top", "type", "series",
            "generation", "ward", "cell", "camp", "colony", "facility", "mark", "op", "euro", "covid", "km",
            "kilometer", "kilometre", "hotline", "tel", "phone", "fax", "ext");

    /** Words before a number that make a count of it: "about 2000 people" is not the year 2000. */
    private static final Set<String> APPROX = words(
            "about", "some", "nearly", "over", "around", "almost", "approximately", "roughly", "least", "than",
            "up", "under", "only", "just", "exactly", "another", "additional", "total");

    /** Words before "N years/months" that make it a reporting period ("the first five months of 2025"). */
    private static final Set<String> PERIOD_WORDS = words(
            "first", "last", "past", "next", "previous", "coming", "following", "recent", "initial", "final",
            "preceding", "subsequent", "latest", "same", "upcoming");

    /** Words near "N times" that make it a multiplier rather than a frequency. */
    private static final Set<String> CHANGE_WORDS = words(
            "increase", "increased", "increases", "increasing", "grew", "grow", "grown", "grows", "growing", "rose",
            "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "decline", "declined", "declines",
            "decrease", "decreased", "decreases", "drop", "dropped", "drops", "jump", "jumped", "jumps", "surge",
            "surged", "soar", "soared", "expand", "expanded", "expands", "exceed", "exceeded", "exceeds",
            "exceeding", "multiplied", "up", "down", "by", "reduced", "reduce", "cut", "climbed", "climb", "boosted",
            "boost", "outpaced", "outnumber", "outnumbered", "higher", "lower", "more", "less", "larger", "bigger",
            "greater", "faster", "cheaper", "smaller", "slower", "than", "as", "over", "nearly", "almost", "about",
            "roughly", "some", "around");

    /** Words right after "N times" that make it a multiplier: "three times more", "twice the average". */
    private static final Set<String> TIMES_NEXT = words(
            "more", "less", "higher", "lower", "larger", "bigger", "greater", "faster", "cheaper", "smaller",
            "slower", "as", "than", "over", "the", "that", "those", "what", "its", "their", "compared", "from");

    /** Verbs after a bare number word that make it a count of something named before: "seven were acquitted". */
    private static final Set<String> AUXILIARIES = words("were", "are", "have", "had", "remain", "remained",
            "died", "survived", "received", "returned", "stayed");

    /** Nouns in -s that are not plurals. */
    private static final Set<String> NOT_PLURAL = words(
            "gas", "news", "bus", "plus", "bias", "chaos", "corps", "means", "its", "this", "thus", "has", "was",
            "is", "as", "us", "yes", "always", "perhaps", "towards", "afterwards", "besides", "whereas", "less",
            "across", "percent", "times", "unless", "his", "hers", "ours", "yours", "theirs", "does", "goes",
            "became", "alias", "atlas", "canvas", "lens", "virus", "status", "campus", "census", "consensus",
            "sometimes", "nevertheless", "regardless", "nonetheless", "afterwards", "overseas", "abroad");

    /** Plural nouns that name no counted thing: "in previous years", "estimates suggest". */
    private static final Set<String> NOT_COUNTED = words(
            "years", "months", "weeks", "days", "hours", "minutes", "terms", "estimates", "figures", "statistics",
            "results", "levels", "numbers", "reports", "rates", "prices", "costs", "values", "volumes", "data",
            "authorities", "officials", "sources", "experts", "analysts", "terms", "conditions", "plans", "times",
            "percentages", "points", "totals", "records", "counts", "indicators", "projections", "forecasts",
            "calculations", "reports", "media", "ministries", "decades", "centuries", "seasons", "periods");

    /** Plural nouns without -s that counts often use. */
    private static final Set<String> IRREGULAR_PLURALS = words(
            "people", "men", "women", "children", "head", "cattle", "sheep", "livestock", "staff", "personnel",
            "police", "fish", "aircraft", "deer", "poultry", "swine", "youth", "crew", "geese", "mice", "teeth",
            "feet", "persons", "folk", "servicemen", "policemen", "firemen", "fishermen", "spacecraft", "militia",
            "troops");

    /** Words that end a counted noun phrase (function words, frequent verbs and adverbs). */
    private static final Set<String> STOP = words(
            "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "as",
            "than", "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been", "being",
            "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "must", "do", "does",
            "did", "not", "per", "each", "every", "this", "these", "those", "its", "their", "his", "her", "our",
            "your", "it", "they", "we", "he", "she", "into", "over", "under", "between", "during", "since", "until",
            "after", "before", "about", "against", "among", "across", "through", "including", "while", "more",
            "less", "fewer", "most", "least", "so", "such", "also", "only", "just", "all", "both", "up", "down",
            "out", "off", "there", "here", "when", "where", "compared", "according", "respectively", "alone",
            "annually", "ago", "later", "earlier", "old", "year-on-year", "yearly", "monthly", "daily", "weekly",
            "via", "within", "without", "toward", "towards", "then", "now", "if", "because", "although", "though",
            "whereas", "above", "below", "behind", "beyond", "near", "along", "around", "despite", "following",
            "worth", "valued", "totaling", "totalling", "amounting", "reaching", "bringing", "making", "accounting",
            "amid", "upon", "onto", "like", "unlike", "plus", "minus", "versus", "vs", "again", "already", "still",
            "yet", "even", "too", "very", "each", "either", "neither", "nor", "any", "some", "no", "what", "how",
            "why", "said", "says", "say", "according", "overall", "total", "altogether", "combined", "apiece",
            "respectively", "last", "next", "this", "ahead", "away", "back");

    /** Modifiers dropped from the counted noun's unit: "64 veterinary checkpoints" counts "checkpoints". */
    private static final Set<String> ADJECTIVES = words(
            "new", "old", "young", "small", "large", "big", "major", "main", "key", "other", "additional", "more",
            "further", "foreign", "local", "domestic", "private", "public", "total", "active", "free", "joint",
            "illegal", "legal", "several", "various", "different", "certain", "similar", "top", "leading", "senior",
            "junior", "high", "low", "modern", "current", "former", "existing", "potential", "separate",
            "independent", "official", "unofficial", "special", "full", "first", "last", "next", "remaining",
            "eligible", "dead", "missing", "wounded", "armed", "alleged", "suspected", "so-called", "overall",
            "entire", "whole", "many", "few", "rare", "rich", "poor", "available", "possible", "likely", "real",
            "actual", "average", "basic", "common", "ordinary", "major", "minor", "huge", "tiny", "vast", "giant",
            "long", "short", "strong", "weak", "daily", "annual", "monthly", "weekly", "healthy", "sick", "able",
            "unable", "same", "own", "key", "top", "better", "best", "worse", "worst", "largest", "biggest",
            "smallest", "highest", "lowest", "newest", "oldest", "latest", "early", "late", "open", "closed",
            "registered", "unlicensed", "licensed", "undocumented", "injured", "affected");

    /** Every word that can start a number or a multiplier; other words are skipped at once. */
    private static final Set<String> NUMERIC_WORDS = new java.util.HashSet<>(numericWords());

    private static Set<String> numericWords() {
        Set<String> w = new java.util.HashSet<>(Numerals.UNITS_AND_TENS);
        w.addAll(Numerals.FOLD_WORDS);
        w.addAll(java.util.Arrays.asList("a", "an", "half", "twice", "thrice", "double", "doubles", "doubled",
                "doubling", "triple", "triples", "tripled", "tripling", "quadruple", "quadrupled", "quadrupling"));
        return Set.copyOf(w);
    }

    private static final Set<String> ORDINAL_SUFFIX = words("th", "st", "nd", "rd");

    /** How far (in tokens) any look-around reaches: keeps every figure's work bounded on run-on text. */
    private static final int WINDOW = 40;

    /** The longest unit a figure may carry (the database column {@code metric.unit} is {@code varchar(100)}). */
    static final int MAX_UNIT = 100;

    /** Currency families whose names are shared ("dollars", "manats"…), for {@link #sameFamily}. */
    private static final List<Set<String>> CURRENCY_FAMILIES = List.of(
            words("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD", "BSD", "BBD", "BZD", "BMD", "BND", "FJD", "GYD",
                    "JMD", "KYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL"),
            words("TMT", "AZN"),
            words("RUB", "BYN"),
            words("INR", "PKR", "NPR", "LKR", "MUR", "SCR"),
            words("KWD", "BHD", "IQD", "JOD", "LYD", "RSD", "TND", "DZD", "MKD"),
            words("CHF", "XOF", "XAF", "XPF", "BIF", "CDF", "DJF", "GNF", "KMF", "RWF"),
            words("IRR", "OMR", "YER", "SAR", "QAR"),
            words("GBP", "EGP", "SYP", "LBP", "SDG", "SSP", "FKP", "GIP", "SHP"));

    private final UnitTable units;
    private final CurrencyTable currencies;
    private final Gazetteer gazetteer;

    public MetricRecognizer(UnitTable units, CurrencyTable currencies, Gazetteer gazetteer) {
        this.units = units;
        this.currencies = currencies;
        this.gazetteer = gazetteer;
    }

    /** A number as written: tokens {@code [first, end)}, with its scale word. */
    private record Numeral(int first, int end, double value, boolean word, boolean scaled, boolean plainInteger,
                           boolean valid) {
    }

    private record Suffix(MetricKind kind, String unit, int end) {
    }

    public List<Figure> find(Doc doc) {
        Token[] t = doc.tokens();
        List<Figure> out = new ArrayList<>();
        boolean[] ticker = new boolean[doc.blocks().length];
        for (int b = 0; b < ticker.length; b++) {
            ticker[b] = isTickerBlock(doc, doc.blocks()[b]);
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
            Figure word = t[i].isWord() ? wordMultiplier(doc, i) : null;
            if (word != null) {
                out.add(word);
                i = word.endToken();
                continue;
            }
            Numeral n = readNumeral(doc, i);
            if (n == null) {
                i++;
                continue;
            }
            Figure f = n.valid() ? classify(doc, n, out, 0) : null;
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

    private Numeral readNumeral(Doc doc, int i) {
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
    private Numeral readNumeral(Doc doc, int i, boolean hundredAnd) {
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
    private static double times(double v, double scale) {
        if (!Double.isFinite(v)) {
            return v * scale; // BigDecimal has no infinity
        }
        return java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }

    /** The token after the sentence holding token {@code i}: no figure reaches past it. */
    private static int sentenceEnd(Doc doc, int i) {
        int s = doc.sentenceOf(i);
        return s >= 0 ? doc.sentence(s).endToken() : doc.size();
    }

    /** The first token of the sentence holding token {@code i}: no figure starts before it. */
    private static int sentenceStart(Doc doc, int i) {
        int s = doc.sentenceOf(i);
        return s >= 0 ? doc.sentence(s).firstToken() : 0;
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- deciding what a number is

    private Figure classify(Doc doc, Numeral n, List<Figure> found, int depth) {
        Token[] t = doc.tokens();
        int first = n.first();
        int j = n.end();
        Token numTok = t[first];
        double value = n.value();
        if (isExcludedByContext(doc, n)) {
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
        int sentenceEnd = sentenceEnd(doc, first);
        for (int back = Math.min(4, start - sentenceStart(doc, first)); back >= 1; back--) {
            PhraseTable.Match<CurrencyTable.Currency> m = currencies.codeOrSymbol(t, start - back, start);
            if (m != null && m.end() == start && (m.value().position() == CurrencyTable.Position.CODE
                    || m.value().position() == CurrencyTable.Position.SYMBOL)) {
                prefixCurrency = localCurrency(doc, t, start - back, m.value().iso());
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
        Suffix sfx = suffix(doc, n, j, prefixCurrency);
        if (sfx == null) {
            return null; // a period, a frequency or a fixed phrase
        }
        if (prefixCurrency != null && (sfx.kind() == null || sfx.kind() == MetricKind.COUNT)) {
            sfx = new Suffix(MetricKind.MONEY, prefixCurrency, j);
        }
        if (sfx.kind() == MetricKind.MONEY && !n.scaled() && sfx.end() == j && j < t.length && t[j].isDash()) {
            Numeral partner = j + 1 < sentenceEnd ? readNumeral(doc, j + 1) : null; // "$3-4 million"
            if (partner != null && partner.valid() && partner.scaled() && !partner.word()
                    && partner.end() - 1 > partner.first() && t[partner.end() - 1].isWord()) {
                Double sc = Numerals.scale(t[partner.end() - 1].lower());
                if (sc != null) {
                    value = times(value, sc);
                }
            }
        }
        if (sfx.kind() == null) {
            // a bare number: takes the kind of the figure it is a range with ("5 to 7 percent", "$3-4 billion")
            Figure partner = rangePartner(doc, n, j, found, depth);
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
                    && previous.endToken() <= first && t[first - 1].isDash()) {
                return new Figure(value, MetricKind.MONEY, previous.unit(), start, j, j, t[start].start(), t[j - 1].end());
            }
            if (n.word() && !n.scaled() && !(n.value() >= 2 && j < t.length && AUXILIARIES.contains(t[j].lower()))) {
                return null; // "the two met": a number word counts what it quantifies ("seven were acquitted")
            }
            if (isLikelyYear(n, t)) {
                return null;
            }
            return new Figure(value, MetricKind.COUNT, contextNoun(doc, first, found), start, j, j, t[start].start(),
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
    private Figure rangePartner(Doc doc, Numeral n, int j, List<Figure> found, int depth) {
        if (depth > 0) {
            return null; // a range has two ends: never follow a chain "1-2-3-…"
        }
        Token[] t = doc.tokens();
        if (j + 1 >= sentenceEnd(doc, n.first())) {
            return null;
        }
        Token c = t[j];
        boolean connector = c.isDash() || c.lower().equals("to") || c.lower().equals("and") || c.lower().equals("or");
        if (!connector) {
            return null;
        }
        Numeral next = readNumeral(doc, j + 1);
        if (next == null || !next.valid() || next.word() != n.word() && !n.word() && next.word()) {
            return null;
        }
        if (isExcludedByContext(doc, next)) {
            return null;
        }
        Figure f = classify(doc, next, found, depth + 1);
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
    private Suffix suffix(Doc doc, Numeral n, int j, String prefixCurrency) {
        Token[] t = doc.tokens();
        int len = sentenceEnd(doc, n.first()); // "… 0.01144" then a paragraph "KGS …": no currency of it
        if (j >= len) {
            return new Suffix(null, null, j);
        }
        Token a = t[j];
        int k = j;
        boolean hyphen = a.isDash() && !a.spaceBefore() && j + 1 < len && !t[j + 1].spaceBefore();
        if (hyphen) {
            k = j + 1;
        }
        Token b = t[k];
        // percent
        if (b.is("%") || b.is("\uFF05")) {
            return new Suffix(MetricKind.PERCENT, "%", k + 1);
        }
        if (b.isWord()) {
            String w = b.lower();
            if (w.equals("percent") || w.equals("pct") || w.equals("percents")) {
                return new Suffix(MetricKind.PERCENT, "%", k + 1);
            }
            if (w.equals("per") && k + 1 < len && t[k + 1].lower().equals("cent")) {
                return new Suffix(MetricKind.PERCENT, "%", k + 2);
            }
            if (w.equals("percentage") && k + 1 < len && t[k + 1].lower().startsWith("point")) {
                return new Suffix(MetricKind.PERCENT, "%", k + 2);
            }
            if ((w.equals("pp") || w.equals("bps")) && !hyphen) {
                return new Suffix(MetricKind.PERCENT, "%", k + 1);
            }
            if (w.equals("basis") && k + 1 < len && t[k + 1].lower().startsWith("point")) {
                return new Suffix(MetricKind.QUANTITY, "bp", k + 2);
            }
            // multipliers: "8-fold", "1.4 times", "2x"
            if (w.equals("fold")) {
                return new Suffix(MetricKind.MULTIPLIER, "x", k + 1);
            }
            if (w.equals("x") && !b.spaceBefore() && !hyphen && !n.word()) {
                return new Suffix(MetricKind.MULTIPLIER, "x", k + 1);
            }
            if (w.equals("times") && !hyphen) {
                return isMultiplierTimes(t, n.first(), k, n.value() != Math.rint(n.value()))
                        ? new Suffix(MetricKind.MULTIPLIER, "x", k + 1) : null;
            }
        }
        // currency after: "13 billion tenge", "500 KZT", "5 million Russian rubles", "500₸", "billion-dollar"
        PhraseTable.Match<CurrencyTable.Currency> cur = currencies.word(t, k, len);
        if (cur != null) {
            return new Suffix(MetricKind.MONEY, localCurrency(doc, t, k, cur.value().iso()), cur.end());
        }
        if (!hyphen) {
            PhraseTable.Match<CurrencyTable.Currency> code = currencies.codeOrSymbol(t, k, len);
            if (code != null && (code.value().position() == CurrencyTable.Position.CODE
                    || (code.value().position() == CurrencyTable.Position.SYMBOL && !t[k].is("$")))) {
                return new Suffix(MetricKind.MONEY, code.value().iso(), code.end());
            }
            PhraseTable.Match<Gazetteer.Place> adj = gazetteer.phrases().match(t, k, len);
            if (adj != null && adj.value().code() != null && adj.end() < len) {
                PhraseTable.Match<CurrencyTable.Currency> named = currencies.word(t, adj.end(), len);
                if (named != null) {
                    String iso = gazetteer.currencyOf(adj.value().code());
                    return new Suffix(MetricKind.MONEY, iso != null ? iso : named.value().iso(), named.end());
                }
            }
        }
        if (prefixCurrency != null) {
            return new Suffix(MetricKind.MONEY, prefixCurrency, j);
        }
        // unit: "523-kilometer", "15 million tons", "26 GW", "four-year"
        PhraseTable.Match<UnitTable.Unit> unit = units.match(t, k, len);
        if (unit != null && !(b.lower().equals("m") && hyphen) && unitFits(t, k, unit)) {
            UnitTable.Unit u = unit.value();
            if (u.isTime() && (isReportingPeriod(t, n, unit.end()) || isStatisticPeriod(doc, n, unit.end())
                    || unit.end() < len && t[unit.end()].lower().equals("ago"))) {
                return null;
            }
            return new Suffix(MetricKind.QUANTITY, u.symbol(), unit.end());
        }
        if (hyphen) {
            if (b.isWord() && !n.word() && b.text().length() > 2 && b.text().length() <= MAX_UNIT && !STOP.contains(b.lower())
                    && Character.isLowerCase(b.text().charAt(0))) {
                return new Suffix(MetricKind.COUNT, b.lower(), k + 1); // "a 10-member commission"
            }
            return n.word() ? null : new Suffix(null, null, j);
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
        return countedNoun(doc, n, j);
    }

    private static boolean unitFits(Token[] t, int k, PhraseTable.Match<UnitTable.Unit> unit) {
        String w = t[k].text();
        // a one-letter unit must not be the start of a word or a name: "5 m from", not "5 M&A"
        if (w.length() == 1 && unit.end() < t.length && !t[unit.end()].spaceBefore()
                && (t[unit.end()].isWord() || t[unit.end()].isNumber() || t[unit.end()].is("&"))) {
            return false;
        }
        // "5 t" vs "5 T-shirts"; "a" and "I" are never units
        return !(w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("W"));
    }

    /**
     * "Azerbaijani manat", "Hong Kong dollars": the country before a shared currency word decides; for a
     * shared name other than the dollar ("manats", "rubles") with no country before it, a country of the
     * same sentence whose own currency has that name ("Azerbaijan's fund holds 60 billion manats").
     */
    private String localCurrency(Doc doc, Token[] t, int k, String iso) {
        String adjacent = adjacentCurrency(t, k, iso);
        if (adjacent != null) {
            return adjacent;
        }
        if (!t[k].isWord() || iso.equals("USD") || iso.equals("EUR")) {
            return iso;
        }
        int s = doc.sentenceOf(k);
        if (s < 0) {
            return iso;
        }
        Doc.Sentence sn = doc.sentence(s);
        for (int i = Math.max(sn.firstToken(), k - WINDOW); i < Math.min(sn.endToken(), k + WINDOW); i++) {
            if (!t[i].isCapitalized()) {
                continue;
            }
            PhraseTable.Match<Gazetteer.Place> m = gazetteer.phrases().match(t, i, sn.endToken());
            if (m != null) {
                if (m.value().code() != null) {
                    String own = gazetteer.currencyOf(m.value().code());
                    if (own != null && sameFamily(own, iso)) {
                        return own;
                    }
                }
                i = m.end() - 1;
            }
        }
        return iso;
    }

    private String adjacentCurrency(Token[] t, int k, String iso) {
        for (int back = 1; back <= 3 && k - back >= 0; back++) {
            PhraseTable.Match<Gazetteer.Place> m = gazetteer.phrases().match(t, k - back, k);
            if (m != null && m.end() == k && m.value().code() != null) {
                String own = gazetteer.currencyOf(m.value().code());
                if (own != null && sameFamily(own, iso)) {
                    return own;
                }
            }
        }
        return null;
    }

    private static boolean sameFamily(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (Set<String> fam : CURRENCY_FAMILIES) { // built once: this runs for every currency word near a country
            if (fam.contains(a) && fam.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMultiplierTimes(Token[] t, int first, int timesIdx, boolean decimal) {
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

    /** "the first five months of 2025", "over the past two years", "in the next three years". */
    private static boolean isReportingPeriod(Token[] t, Numeral n, int unitEnd) {
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
    private static boolean isStatisticPeriod(Doc doc, Numeral n, int unitEnd) {
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

    /** "64 veterinary checkpoints", "seven crypto exchanges", "9.6 million head"; kind null when bare. */
    private Suffix countedNoun(Doc doc, Numeral n, int j) {
        Token[] t = doc.tokens();
        int limit = Math.min(t.length, j + 5);
        int s = doc.sentenceOf(n.first());
        int sentenceEnd = s >= 0 ? doc.sentence(s).endToken() : t.length;
        limit = Math.min(limit, sentenceEnd);
        int k = j;
        int head = -1;
        while (k < limit) {
            Token w = t[k];
            if (!w.isWord()) {
                if (w.isDash() && !w.spaceBefore() && k + 1 < limit && t[k + 1].isWord() && !t[k + 1].spaceBefore()
                        && k > j) {
                    k++; // "high-speed", "Kazakh-made"
                    continue;
                }
                break;
            }
            String lw = w.lower();
            if ((lw.equals("and") || lw.equals("or")) && k > j && isAdjective(t[k - 1].lower()) && k + 1 < limit
                    && t[k + 1].isWord() && isAdjective(t[k + 1].lower())) {
                k++; // "11 current and former employees"
                continue;
            }
            if (STOP.contains(lw) || lw.endsWith("ly") && lw.length() > 4 || Numerals.isNumberWord(lw)
                    || MONTHS.contains(w.text())) {
                break;
            }
            if (isPlural(w) && !(k + 1 < t.length && t[k + 1].lower().equals("'s"))) {
                head = k;
                break;
            }
            k++;
        }
        if (head < 0) {
            String partOf = j < t.length && t[j].lower().equals("of") ? nounAfterOf(doc, j + 1, sentenceEnd) : null;
            return partOf != null ? new Suffix(MetricKind.COUNT, partOf, j) : new Suffix(null, null, j);
        }
        String unit = unitOf(doc, t, j, head + 1);
        if (unit != null && unit.length() > MAX_UNIT) {
            return new Suffix(null, null, j); // "5 aaaa…s": no noun is that long
        }
        return new Suffix(MetricKind.COUNT, unit, head + 1);
    }

    /**
     * The counted noun of a bare number, from its sentence: "the number of labor migrants fell from 650,000"
     * → "migrants"; else the unit of the previous bare count in the same paragraph ("may exceed one million").
     */
    private String contextNoun(Doc doc, int i, List<Figure> found) {
        Token[] t = doc.tokens();
        int s = doc.sentenceOf(i);
        if (s < 0) {
            return null;
        }
        Doc.Sentence sn = doc.sentence(s);
        // "69 of them elected from party lists and 29 from districts": the same noun as the count before it
        for (int f = found.size() - 1; f >= Math.max(0, found.size() - 4); f--) {
            Figure prev = found.get(f);
            if (prev.firstToken() < sn.firstToken()) {
                break;
            }
            if (prev.kind() == MetricKind.COUNT && prev.unit() != null && prev.endToken() == prev.numberEnd()) {
                return prev.unit();
            }
        }
        for (int k = i - 1; k >= Math.max(sn.firstToken(), i - WINDOW); k--) {
            if (t[k].isWord() && t[k].lower().equals("population")) {
                return "people";
            }
            if (t[k].isWord() && Character.isLowerCase(t[k].text().charAt(0)) && isPlural(t[k])
                    && !NOT_COUNTED.contains(t[k].lower()) && !isAdjective(t[k].lower())
                    && t[k].text().length() <= MAX_UNIT) {
                return t[k].lower();
            }
        }
        int block = sn.block();
        for (int f = found.size() - 1; f >= Math.max(0, found.size() - 8); f--) {
            Figure prev = found.get(f);
            int ps = doc.sentenceOf(prev.firstToken());
            if (ps < 0 || doc.sentence(ps).block() != block) {
                break;
            }
            if (prev.kind() == MetricKind.COUNT && prev.unit() != null) {
                return prev.unit();
            }
        }
        for (int k = i + 1; k < Math.min(sn.endToken(), i + WINDOW); k++) {
            if (t[k].isWord() && Character.isLowerCase(t[k].text().charAt(0)) && isPlural(t[k])
                    && !NOT_COUNTED.contains(t[k].lower()) && !isAdjective(t[k].lower())
                    && t[k].text().length() <= MAX_UNIT) {
                return t[k].lower();
            }
        }
        return null;
    }

    /** "Sixty-four of the 90 deputies", "8 of the country's 50 districts": the noun after "of". */
    private String nounAfterOf(Doc doc, int from, int limit) {
        Token[] t = doc.tokens();
        for (int k = from; k < Math.min(limit, from + 7); k++) {
            Token w = t[k];
            if (w.isNumber() || w.lower().equals("'s") || w.is(",") && k + 1 < limit && t[k + 1].isNumber()) {
                continue;
            }
            if (!w.isWord()) {
                return null;
            }
            String lw = w.lower();
            if (lw.equals("the") || lw.equals("its") || lw.equals("their") || lw.equals("these") || lw.equals("those")
                    || lw.equals("our") || lw.equals("all") || isAdjective(lw) || Numerals.isNumberWord(lw)
                    || w.isCapitalized()) {
                continue;
            }
            if (isPlural(w) && !NOT_COUNTED.contains(lw)) {
                return lw.length() <= MAX_UNIT ? lw : null;
            }
            if (STOP.contains(lw)) {
                return null;
            }
        }
        return null;
    }

    static boolean isPlural(Token w) {
        String lw = w.lower();
        if (IRREGULAR_PLURALS.contains(lw)) {
            return true;
        }
        if (lw.length() < 3 || !lw.endsWith("s") || NOT_PLURAL.contains(lw)) {
            return false;
        }
        return !(lw.endsWith("ss") || lw.endsWith("us") || lw.endsWith("is") || lw.endsWith("ous")
                || lw.endsWith("'s"));
    }

    /** The counted noun as the annotation writes it: noun modifiers and head, lower case, no adjectives. */
    private String unitOf(Doc doc, Token[] t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean title = doc.inTitleLine(from);
        int k = from;
        List<String> words = new ArrayList<>();
        while (k < to) {
            Token w = t[k];
            if (w.isDash() && !words.isEmpty() && k + 1 < to) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + t[k + 1].lower());
                k += 2;
                continue;
            }
            if (!w.isWord()) {
                k++;
                continue;
            }
            PhraseTable.Match<Gazetteer.Place> place = gazetteer.phrases().match(t, k, to);
            if (place != null && place.end() < to) {
                k = place.end(); // "Turkmen bloggers": the demonym says whose, not what
                continue;
            }
            boolean last = k == to - 1;
            if (!last && (isAdjective(w.lower()) || w.lower().equals("and") || w.lower().equals("or") || (!title && w.isCapitalized() && !w.isAllCaps()))) {
                k++;
                continue;
            }
            words.add(w.lower());
            k++;
        }
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isAdjective(String w) {
        if (ADJECTIVES.contains(w)) {
            return true;
        }
        if (w.length() < 5) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("ary") || w.endsWith("ous") || w.endsWith("ive") || w.endsWith("ful")
                || w.endsWith("less") || w.endsWith("able") || w.endsWith("ible") || w.endsWith("ical")
                || w.endsWith("ish") || w.endsWith("ic") && !w.endsWith("clinic") && !w.endsWith("republic")
                || w.endsWith("al") && !w.endsWith("hospital") && !w.endsWith("capital") && !w.endsWith("animal")
                && !w.endsWith("terminal") && !w.endsWith("official") && !w.endsWith("rival") && !w.endsWith("arrival")
                && !w.endsWith("signal") && !w.endsWith("canal") && !w.endsWith("portal") && !w.endsWith("journal")
                && !w.endsWith("festival") && !w.endsWith("mineral") && !w.endsWith("metal") && !w.endsWith("rental");
    }

    // ---------------------------------------------------------------- exclusions

    private boolean isExcludedByContext(Doc doc, Numeral n) {
        Token[] t = doc.tokens();
        int i = n.first();
        Token tok = t[i];
        Token prev = i > 0 ? t[i - 1] : null;
        Token next = n.end() < t.length ? t[n.end()] : null;
        int s = doc.sentenceOf(i);
        if (tok.isNumber()) {
            String d = tok.text();
            // "08", "007": leading zeros are codes and dates, not amounts ("0.5" is fine)
            if (d.length() > 1 && d.charAt(0) == '0' && d.charAt(1) != '.' && d.charAt(1) != ',') {
                return true;
            }
            // long digit strings: phone numbers, identifiers
            if (n.plainInteger() && d.length() >= 7) {
                return true;
            }
            if (prev != null && !tok.spaceBefore()) {
                // "G20", "FY2024", "COVID-19", "Su-30", "C5+1"
                if (prev.isWord() && !isCurrencyCode(t, i - 1)) {
                    return true;
                }
                if ((prev.isDash() || prev.is("+") || prev.is("/") || prev.is("#") || prev.is("\u2116")
                        || prev.is(":") || prev.is("."))
                        && i >= 2 && !t[i - 1].spaceBefore() && (t[i - 2].isWord() || t[i - 2].isNumber())
                        && !(prev.isDash() && t[i - 2].isNumber()) && !isCurrencyCode(t, i - 2)
                        && !(prev.isDash() && t[i - 2].isWord() && isRangeWord(t[i - 2]))) {
                    return true;
                }
                if (prev.is("#") || prev.is("\u2116")) {
                    return true;
                }
            }
            if (prev != null && (prev.is("#") || prev.is("\u2116"))) {
                return true;
            }
            if (n.plainInteger() && (prev != null && prev.isNumber() && tok.spaceBefore()
                    || next != null && next.isNumber() && next.spaceBefore() && n.end() == i + 1)) {
                return true; // "+996 312 62 45 00": numbers side by side are a phone number or a code
            }
            if (prev != null && prev.isDash() && !tok.spaceBefore() && i >= 2 && t[i - 2].isNumber()
                    && t[i - 2].text().length() == 2 && t[i - 2].text().charAt(0) == '0') {
                return true; // "2025-06-18"
            }
            if (prev != null && prev.is("+") && !tok.spaceBefore() && isDigits(d) && d.length() >= 3) {
                return true; // "+996 312 …"
            }
            if (next != null && !next.spaceBefore()) {
                // "24.kg", "kun.uz": a web address
                if (next.isSymbol('.') && n.end() == i + 1 && n.end() + 1 < t.length && t[n.end() + 1].isWord()
                        && !t[n.end() + 1].spaceBefore() && Character.isLowerCase(t[n.end() + 1].text().charAt(0))
                        && t[n.end() + 1].text().length() <= 4) {
                    return true;
                }
                if (next.isWord() && ORDINAL_SUFFIX.contains(next.lower()) && n.end() == i + 1) {
                    return true; // "12th"
                }
                if (next.isWord() && next.lower().equals("s") && n.end() == i + 1) {
                    return true; // "1990s"
                }
                // "5G", "3D", "4K": letters glued to a number that are not a scale, unit or currency
                if (next.isWord() && n.end() == i + 1 && Numerals.scale(next.lower()) == null
                        && units.match(t, n.end(), t.length) == null
                        && currencies.codeOrSymbol(t, n.end(), t.length) == null
                        && !next.lower().equals("x") && !((next.lower().equals("m") || next.lower().equals("k")
                        || next.lower().equals("b")) && prev != null && (isCurrencySign(prev) || isCurrencyCode(t, i - 1)))) {
                    return true;
                }
                // "10:30", "24/7", "70/30", "2024/25"
                if ((next.is(":") || next.is("/")) && n.end() + 1 < t.length && t[n.end() + 1].isNumber()
                        && !t[n.end() + 1].spaceBefore()) {
                    return true;
                }
                if (next.is("+") && (n.end() + 1 >= t.length || t[n.end() + 1].isNumber() || !t[n.end() + 1].spaceBefore())) {
                    return true; // "5+1", "C5+"
                }
            }
            if (prev != null && (prev.is(":") || prev.is("/")) && !tok.spaceBefore() && i >= 2 && t[i - 2].isNumber()
                    && !prev.spaceBefore()) {
                return true;
            }
            if (next != null && next.isWord() && (next.lower().equals("am") || next.lower().equals("pm")
                    || next.lower().equals("gmt") || next.lower().equals("utc") || next.lower().equals("o'clock"))) {
                return true;
            }
            if (next != null && next.isWord() && (next.lower().equals("a") || next.lower().equals("p"))
                    && n.end() + 1 < t.length && t[n.end() + 1].isSymbol('.') && !t[n.end() + 1].spaceBefore()
                    && n.end() + 2 < t.length && t[n.end() + 2].lower().equals("m")) {
                return true; // "10 a.m."
            }
            // a list number opening a block: "1. …", "2) …"
            if (s >= 0 && doc.sentence(s).firstToken() == i && next != null && (next.isSymbol('.') || next.isSymbol(')'))
                    && doc.blockOfSentence(s).firstToken() == i) {
                return true;
            }
            // dates
            if (isDateDay(doc, t, n)) {
                return true;
            }
            // years: "in 2024", "2022-2024", "mid-2021"
            if (isYearToken(tok) && n.end() == i + 1 && !hasMeasureAfter(t, n.end())
                    && !(prev != null && (isCurrencySign(prev) || isCurrencyCode(t, i - 1)))) {
                boolean approx = prev != null && prev.isWord() && APPROX.contains(prev.lower());
                if (!approx || next == null || !next.isWord() || !isPlural(next)) {
                    return true;
                }
            }
            // the second half of a year range: "2022-2024", "2024-25", "2019–2023"
            if (prev != null && (prev.isDash() || prev.is("/")) && i >= 2 && t[i - 2].isNumber() && isYearToken(t[i - 2])
                    && (d.length() == 2 || d.length() == 4) && n.end() == i + 1 && !hasMeasureAfter(t, n.end())) {
                return true;
            }
        }
        // identifiers named by the word before: "Article 5", "No. 3", "Code 82", "Boeing 737"
        Token w = prev;
        if (w != null && (w.isSymbol('.') || w.isSymbol(':')) && i >= 2) {
            w = t[i - 2]; // "No. 3", "hotline: 112"
        }
        if (w != null && w.isWord() && CODE_WORDS.contains(w.lower()) && !(w.lower().equals("no") && !prev.isSymbol('.')
                && !w.text().equals("No"))) {
            if (!(w.lower().equals("top") && next != null && next.isWord())) {
                return true;
            }
        }
        if (tok.isNumber() && prev != null && prev.isWord() && hasCapital(prev) && n.plainInteger()
                && n.value() < 1000 && !doc.inTitleLine(i) && !MONTHS.contains(prev.text())
                && !STOP.contains(prev.lower()) && !APPROX.contains(prev.lower()) && !CHANGE_WORDS.contains(prev.lower())
                && !isCurrencyCode(t, i - 1) && gazetteer.phrases().match(t, i - 1, i) == null
                && !hasMeasureAfter(t, n.end()) && (next == null || !next.isWord() || !isPlural(next))) {
            return true; // "Boeing 737", "Windows 11", "Formula 1"
        }
        if (n.word()) {
            // "Channel One", "Group of Seven": a capitalised number word inside a sentence names something
            if (tok.isCapitalized() && !doc.inTitleLine(i) && !doc.startsSentence(i) && !tok.lower().equals("a")) {
                return true;
            }
            if (next != null && next.isWord() && next.lower().equals("of") && !n.scaled() && n.value() == 1) {
                return true; // "one of the most"
            }
            if (prev != null && prev.isWord() && (prev.lower().equals("no") || prev.lower().equals("every")
                    || prev.lower().equals("any") || prev.lower().equals("this") || prev.lower().equals("that")
                    || prev.lower().equals("each") || prev.lower().equals("number"))) {
                return true;
            }
            if (next != null && next.isWord() && (next.lower().equals("another") || next.lower().equals("by")
                    && tok.lower().equals("one"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(Token w) {
        for (int k = 0; k < w.text().length(); k++) {
            if (Character.isUpperCase(w.text().charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRangeWord(Token w) {
        String l = w.lower();
        return l.equals("mid") || l.equals("pre") || l.equals("post") || l.equals("late") || l.equals("early")
                || Numerals.isNumberWord(l);
    }

    private static boolean isYearToken(Token tok) {
        String d = tok.text();
        if (d.length() != 4 || !isDigits(d)) {
            return false;
        }
        int y = Integer.parseInt(d);
        return y >= 1800 && y <= 2100;
    }

    private boolean isLikelyYear(Numeral n, Token[] t) {
        return n.plainInteger() && isYearToken(t[n.first()]);
    }

    private boolean hasMeasureAfter(Token[] t, int j) {
        if (j >= t.length) {
            return false;
        }
        Token a = t[j];
        int k = a.isDash() && !a.spaceBefore() ? j + 1 : j;
        if (k >= t.length) {
            return false;
        }
        Token b = t[k];
        if (b.is("%") || b.lower().equals("percent") || b.lower().equals("per") && k + 1 < t.length
                && t[k + 1].lower().equals("cent")) {
            return true;
        }
        if (b.isWord() && Numerals.scale(b.lower()) != null) {
            return true;
        }
        PhraseTable.Match<UnitTable.Unit> u = units.match(t, k, t.length);
        if (u != null && !u.value().isTime() && b.text().length() > 1) {
            return true;
        }
        return currencies.word(t, k, t.length) != null
                || (currencies.codeOrSymbol(t, k, t.length) != null && !b.is("$"));
    }

    private boolean isCurrencyCode(Token[] t, int i) {
        if (i < 0 || !t[i].isWord() || !t[i].isAllCaps()) {
            return false;
        }
        PhraseTable.Match<CurrencyTable.Currency> m = currencies.codeOrSymbol(t, i, i + 1);
        return m != null && m.value().position() == CurrencyTable.Position.CODE;
    }

    private static boolean isCurrencySign(Token t) {
        return t.type() == Token.Type.SYMBOL && "$€£₽¥₸₹₩₺₼₾₴".contains(t.text());
    }

    private static boolean isDateDay(Doc doc, Token[] t, Numeral n) {
        int i = n.first();
        if (!n.plainInteger() || n.value() < 1 || n.value() > 31 || n.end() != i + 1) {
            return false;
        }
        // "July 8", "July 8-10", "June 25 and 26", "8 July", "8th of July"
        Token prev = i > 0 ? t[i - 1] : null;
        if (prev != null && MONTHS.contains(prev.text())) {
            return true;
        }
        if (prev != null && prev.isSymbol('.') && i >= 2 && MONTHS.contains(t[i - 2].text())) {
            return true;
        }
        int k = i + 1;
        if (k < t.length && MONTHS.contains(t[k].text())) {
            return true;
        }
        // the second day of "June 25 and 26", "July 8-10"
        if (i >= 3 && (prev.isDash() || prev.lower().equals("and") || prev.lower().equals("to")
                || prev.lower().equals("through") || prev.is(",")) && t[i - 2].isNumber()
                && MONTHS.contains(t[i - 3].text())) {
            return true;
        }
        return false;
    }

    private static boolean isTickerBlock(Doc doc, Doc.Block b) {
        Token[] t = doc.tokens();
        int k = b.firstToken();
        if (k < b.endToken() && b.bullet()) {
            k++;
        }
        // "KGS/USD = 0.01144 0%"
        return k + 3 < b.endToken() && t[k].isWord() && t[k].isAllCaps() && t[k].text().length() == 3
                && t[k + 1].is("/") && t[k + 2].isWord() && t[k + 2].isAllCaps() && t[k + 3].is("=");
    }

    // ---------------------------------------------------------------- word multipliers

    /** "eightfold", "twice", "nearly double", "tripled". */
    private Figure wordMultiplier(Doc doc, int i) {
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
        if (prev != null && i - 1 >= sentenceStart(doc, i) && (prev.lower().equals("nearly") || prev.lower().equals("almost"))) {
            first = i - 1; // the annotation keeps "nearly double" together
        }
        return new Figure(v, MetricKind.MULTIPLIER, "x", first, i + 1, i + 1, t[first].start(), w.end());
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
