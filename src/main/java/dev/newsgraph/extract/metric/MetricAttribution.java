package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.country.CountryHit;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each figure its sentence, the country it is about and a short label of what it measures.
 *
 * <p>Country, first rule that applies:
 * <ol>
 *   <li>a country word inside the figure's own phrase ("two <b>Turkmen</b> bloggers");</li>
 *   <li>within the sentence, by segments (see {@link #countryInSentence}): the first country before the
 *       figure in its segment, else in the nearest earlier segment, else a source named right after it
 *       (so "Transfers from South Korea fell …, while Turkey's contribution dropped …" gives KR to the
 *       first figures and TR to the last);</li>
 *   <li>the money's own currency country when it is a national currency ("13 billion tenge" → KZ);</li>
 *   <li>the first country of the nearest earlier sentence of the same paragraph that names one;</li>
 *   <li>the article's primary country.</li>
 * </ol>
 */
public final class MetricAttribution {

    private static final Set<String> CLAUSE_WORDS = words("while", "whereas", "but", "and", "although",
            "though", "meanwhile");

    private static final Set<String> PLACE_PREPOSITIONS = words("from", "to", "in", "into", "via", "through",
            "across", "with", "at", "on", "toward", "towards");

    private static final Set<String> SAYING = words("said", "says", "told", "noted", "stated", "announced",
            "reported", "added", "explained", "warned", "stressed", "emphasized", "emphasised", "claimed");

    private static final Set<String> VERBS = words(
            "reached", "reach", "reaches", "reaching", "totaled", "totalled", "totaling", "totalling", "totals",
            "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "grew", "grow", "grows",
            "growing", "fell", "fall", "falls", "declined", "declines", "decreased", "dropped", "drop", "drops",
            "stood", "stands", "amounted", "amounts", "amounting", "exceeded", "exceeds", "exceed", "surpassed",
            "accounted", "accounting", "was", "were", "is", "are", "hit", "hits", "climbed", "jumped", "surged",
            "edged", "reported", "recorded", "registered", "estimated", "consumed", "produced", "exported",
            "imported", "invested", "allocated", "spent", "received", "earned", "cost", "costs", "worth", "valued",
            "had", "has", "have", "include", "includes", "included", "expanded", "doubled", "tripled", "contracted",
            "shrank", "slumped", "plunged", "soared", "gained", "lost", "amount", "made", "making", "came",
            "generated", "attracted", "handled", "transported", "carried", "issued", "inspected", "employ",
            "employs", "employed", "offering", "offered", "offers");

    private static final Set<String> LABEL_STOP = words(
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in", "on",
            "at", "to", "from", "by", "for", "with", "and", "or", "but", "as", "than", "which", "who", "it", "they",
            "there", "some", "total", "also", "only", "up", "down", "about", "over", "nearly", "almost", "around",
            "more", "less", "just", "roughly", "approximately", "while", "when", "since", "after", "before",
            "during", "between", "is", "was", "were", "are", "has", "had", "have", "be", "been", "alone",
            "according", "said", "says", "percent", "per", "cent", "times", "so", "such", "estimated", "however",
            "meanwhile", "currently", "now", "then", "still", "already", "yet", "even", "both", "all", "each",
            "other", "first", "last", "same", "year", "month", "reported", "another", "further", "out", "off");

    /** How far (in tokens) a figure looks for its country and label: bounded work on run-on text. */
    private static final int WINDOW = 60;

    private static final int MAX_SENTENCE = 1000;

    private final Map<String, String> countryOfCurrency;

    /** @param countryOfCurrency national currencies to their country ("KZT" → "KZ"); shared ones left out */
    public MetricAttribution(Map<String, String> countryOfCurrency) {
        this.countryOfCurrency = countryOfCurrency;
    }

    public List<MetricMention> attribute(Doc doc, List<Figure> figures, List<CountryHit> hits, String primary) {
        List<MetricMention> out = new ArrayList<>(figures.size());
        // countries per sentence, in order
        int ns = doc.sentences().length;
        List<List<CountryHit>> bySentence = new ArrayList<>(ns);
        for (int s = 0; s < ns; s++) {
            bySentence.add(new ArrayList<>(2));
        }
        for (CountryHit h : hits) {
            int s = doc.sentenceOf(h.firstToken());
            if (s >= 0) {
                bySentence.get(s).add(h);
            }
        }
        Set<Integer> figureEnds = new java.util.HashSet<>();
        for (Figure f : figures) {
            figureEnds.add(f.endToken());
        }
        Map<Integer, String> sentences = new java.util.HashMap<>();
        for (Figure f : figures) {
            int s = doc.sentenceOf(f.firstToken());
            String sentence = s >= 0 ? sentenceOf(doc, s, f, sentences) : doc.text().substring(f.start(), f.end());
            String country = s >= 0 ? countryOf(doc, f, s, bySentence, primary, figureEnds) : primary;
            String label = s >= 0 ? labelOf(doc, f, s) : null;
            out.add(new MetricMention(f.value(), f.kind(), f.unit(), doc.text().substring(f.start(), f.end()), label,
                    country, sentence, f.start(), f.end()));
        }
        return out;
    }

    /**
     * The figure's sentence, shared by the figures of one sentence; a run-on "sentence" (no full stop in
     * a long block) is cut to {@value #MAX_SENTENCE} characters around the figure at spaces.
     */
    private static String sentenceOf(Doc doc, int s, Figure f, Map<Integer, String> cache) {
        Doc.Sentence sn = doc.sentence(s);
        if (sn.end() - sn.start() <= MAX_SENTENCE) {
            return cache.computeIfAbsent(s, doc::sentenceText);
        }
        String text = doc.text();
        int from = Math.max(sn.start(), f.start() - MAX_SENTENCE / 2);
        int to = Math.min(sn.end(), from + MAX_SENTENCE);
        // look for the spaces only between the cut and the figure: a text without spaces ("5-5-5-…") must not be
        // scanned to its ends once per figure
        int sp = from;
        while (sp < f.start() && text.charAt(sp) != ' ') {
            sp++;
        }
        if (from > sn.start() && sp < f.start()) {
            from = sp + 1;
        }
        sp = Math.min(to, text.length() - 1);
        while (sp > f.end() && text.charAt(sp) != ' ') {
            sp--;
        }
        if (to < sn.end() && sp > f.end()) {
            to = sp;
        }
        return text.substring(from, Math.max(to, f.end()));
    }

    private String countryOf(Doc doc, Figure f, int s, List<List<CountryHit>> bySentence, String primary,
                             Set<Integer> figureEnds) {
        List<CountryHit> here = near(bySentence.get(s), f.firstToken() - WINDOW, f.endToken() + 8);
        for (CountryHit h : here) {
            if (h.firstToken() >= f.firstToken() && h.endToken() <= f.endToken()) {
                return h.code();
            }
        }
        if (!here.isEmpty() && doc.inTitleLine(f.firstToken())) {
            return here.get(0).code(); // "Tajikistan, China Sign 20 Agreements": a headline leads with its subject
        }
        if (!here.isEmpty()) {
            String c = countryInSentence(doc, f, s, here, figureEnds);
            if (c != null) {
                return c;
            }
        }
        if (f.kind() == MetricKind.MONEY && f.unit() != null && countryOfCurrency.containsKey(f.unit())) {
            return countryOfCurrency.get(f.unit());
        }
        int block = doc.sentence(s).block();
        for (int p = s - 1; p >= 0 && doc.sentence(p).block() == block; p--) {
            for (CountryHit h : bySentence.get(p)) {
                if (!isPlaceOrDirection(doc.tokens(), h)) {
                    return h.code(); // the earlier sentence's subject, not where things came from or went
                }
            }
        }
        return primary;
    }

    /**
     * The sentence is cut into segments at commas, brackets, dashes, semicolons, and at "and"/"or" right after
     * a figure ("Kazakhstan with 6.1% and Türkiye with 4.5%"). The figure's country is the first one named
     * before it in its own segment ("trade between Kyrgyzstan and China reached $23 billion" → KG); else the
     * first one of the nearest earlier segment that names one ("Russia remains the main source, accounting
     * for 94%"); else one named right after it as a source ("USD 1.2 billion in transfers from Russia").
     */
    private static String countryInSentence(Doc doc, Figure f, int s, List<CountryHit> here, Set<Integer> figureEnds) {
        Token[] t = doc.tokens();
        Doc.Sentence sn = doc.sentence(s);
        int first = Math.max(sn.firstToken(), f.firstToken() - WINDOW);
        int segStart = first;
        for (int k = f.firstToken() - 1; k > first; k--) {
            if (isSegmentBreak(t, k, figureEnds)) {
                segStart = k;
                break;
            }
        }
        int from = segStart;
        int to = f.firstToken();
        while (true) {
            for (CountryHit h : here) {
                if (h.firstToken() >= from && h.firstToken() < to
                        && !(h.kind() == CountryHit.Kind.CITY && isPlaceOrDirection(t, h))) {
                    return h.code();
                }
            }
            if (from <= first) {
                break;
            }
            to = from;
            from = first;
            for (int k = to - 1; k > first; k--) {
                if (isSegmentBreak(t, k, figureEnds)) {
                    from = k;
                    break;
                }
            }
        }
        int segEnd = Math.min(sn.endToken(), f.endToken() + 6);
        for (int k = f.endToken(); k < segEnd; k++) {
            if (isSegmentBreak(t, k, figureEnds)) {
                segEnd = k; // "…reached $1.4 billion last year, mostly from India": not the figure's own source
                break;
            }
        }
        for (CountryHit h : here) {
            if (h.firstToken() >= f.endToken() && h.firstToken() < segEnd && h.firstToken() > 0) {
                int k = h.firstToken() - 1;
                if (t[k].isWord() && t[k].lower().equals("the") && k > 0) {
                    k--;
                }
                if (t[k].isWord() && (t[k].lower().equals("from") || t[k].lower().equals("of"))) {
                    return h.code();
                }
            }
        }
        return null;
    }

    /** The hits (sorted by position) whose first token lies in {@code [from, to)}, found by binary search. */
    private static List<CountryHit> near(List<CountryHit> hits, int from, int to) {
        if (hits.size() <= 16) {
            return hits;
        }
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).firstToken() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < hits.size() && hits.get(end).firstToken() < to) {
            end++;
        }
        return hits.subList(lo, end);
    }

    /** A capitalised word next to a list comma: the lists that matter here are lists of countries. */
    private static boolean isCountryWord(Token t) {
        return t.isWord() && t.isCapitalized();
    }

    /** "from Russia", "to China", "in Astana": a country named as a place or direction, not an actor. */
    private static boolean isPlaceOrDirection(Token[] t, CountryHit h) {
        int k = h.firstToken() - 1;
        if (k >= 0 && t[k].isWord() && t[k].lower().equals("the")) {
            k--;
        }
        return k >= 0 && t[k].isWord() && PLACE_PREPOSITIONS.contains(t[k].lower());
    }

    private static boolean isSegmentBreak(Token[] t, int k, Set<Integer> figureEnds) {
        Token x = t[k];
        if (x.isSymbol(',') && k > 0 && k + 1 < t.length && isCountryWord(t[k - 1]) && isCountryWord(t[k + 1])) {
            return false; // "to Uzbekistan, Kyrgyzstan and Russia": a list, not a new segment
        }
        if (x.type() == Token.Type.SYMBOL) {
            String c = x.text();
            return c.equals(",") || c.equals(";") || c.equals("(") || c.equals(")") || c.equals("\u2014")
                    || c.equals("\u2013") && x.spaceBefore() || c.equals(":");
        }
        if (x.isWord() && (x.lower().equals("and") || x.lower().equals("or") || x.lower().equals("while")
                || x.lower().equals("whereas"))) {
            return figureEnds.contains(k) || k > 0 && (t[k - 1].is(")") || t[k - 1].is("%"));
        }
        if (x.isWord() && x.lower().equals("that")) {
            // "… told reporters in Astana that shipments to China had grown 1.8 times": what was said
            for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
                if (t[b].isWord() && SAYING.contains(t[b].lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Token range of the clause holding token {@code i} inside sentence {@code s}. */
    private static int[] clauseOf(Doc doc, int s, int i) {
        Token[] t = doc.tokens();
        Doc.Sentence sn = doc.sentence(s);
        int from = Math.max(sn.firstToken(), i - WINDOW);
        int to = Math.min(sn.endToken(), i + WINDOW);
        for (int k = i - 1; k > from; k--) {
            if (isClauseBreak(t, k)) {
                from = k;
                break;
            }
        }
        for (int k = i + 1; k < to; k++) {
            if (isClauseBreak(t, k)) {
                to = k;
                break;
            }
        }
        return new int[] {from, to};
    }

    private static boolean isClauseBreak(Token[] t, int k) {
        if (t[k].isSymbol(';')) {
            return true;
        }
        return k > 0 && t[k - 1].isSymbol(',') && t[k].isWord() && CLAUSE_WORDS.contains(t[k].lower());
    }

    // ---------------------------------------------------------------- labels

    private String labelOf(Doc doc, Figure f, int s) {
        Token[] t = doc.tokens();
        Doc.Sentence sn = doc.sentence(s);
        Doc.Block block = doc.blockOfSentence(s);
        // a bullet's or line's leading label: "Cattle: up 23.4 percent …"
        int k0 = block.firstToken();
        if (block.bullet()) {
            k0++;
        }
        for (int k = k0; k < Math.min(f.firstToken(), k0 + 6); k++) {
            if (t[k].isSymbol(':')) {
                String l = words(doc, k0, k);
                if (l != null) {
                    return l;
                }
            }
        }
        if (f.kind() == MetricKind.COUNT && f.unit() != null && f.numberEnd() < f.endToken()) {
            return words(doc, f.numberEnd(), f.endToken());
        }
        // "a shortfall of 5.7 billion kWh", "an investment of $4.7 billion"
        int k = f.firstToken() - 1;
        while (k > sn.firstToken() && t[k].isWord() && Set.of("about", "nearly", "over", "almost", "around",
                "roughly", "approximately", "some", "just", "up", "to", "than", "more", "least", "at").contains(t[k].lower())) {
            k--;
        }
        if (k > sn.firstToken() && t[k].isWord() && t[k].lower().equals("of")) {
            String l = nounPhraseBefore(doc, k, sn.firstToken());
            if (l != null) {
                return l;
            }
        }
        // "30 percent of GDP", "USD 1.2 billion in transfers"
        if (f.endToken() + 1 < sn.endToken() && t[f.endToken()].isWord()
                && (t[f.endToken()].lower().equals("of") && f.kind() == MetricKind.PERCENT
                || t[f.endToken()].lower().equals("in") && f.kind() == MetricKind.MONEY)) {
            String l = nounPhraseAfter(doc, f.endToken() + 1, sn.endToken());
            if (l != null) {
                return l;
            }
        }
        // the subject of the verb before the figure: "Kazakhstan's beef exports increased by 1.4 times"
        int[] clause = clauseOf(doc, s, f.firstToken());
        for (int v = f.firstToken() - 1; v >= clause[0]; v--) {
            if (t[v].isWord() && VERBS.contains(t[v].lower())) {
                String l = nounPhraseBefore(doc, v, clause[0]);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    /** Up to three content words ending right before token {@code end}, stopping at function words. */
    private static String nounPhraseBefore(Doc doc, int end, int limit) {
        Token[] t = doc.tokens();
        int k = end - 1;
        while (k >= limit && (t[k].isWord() && Set.of("has", "have", "had", "was", "were", "is", "are", "also",
                "reportedly", "officially", "alone", "will", "would", "could").contains(t[k].lower()))) {
            k--;
        }
        int stop = k + 1;
        int from = stop;
        while (k >= limit && stop - k <= 3) {
            Token w = t[k];
            if (w.isDash() && !w.spaceBefore() && k - 1 >= limit) {
                k--;
                continue;
            }
            if (!w.isWord() || LABEL_STOP.contains(w.lower()) || w.lower().endsWith("ly")) {
                break;
            }
            if (w.isCapitalized() && !doc.inTitleLine(k) && !(doc.startsSentence(k) && k == from - 1)) {
                break; // a name or a country, not what is measured
            }
            from = k;
            k--;
        }
        return from < stop ? words(doc, from, stop) : null;
    }

    private static String nounPhraseAfter(Doc doc, int from, int limit) {
        Token[] t = doc.tokens();
        int k = from;
        while (k < limit && t[k].isWord() && Set.of("the", "a", "an", "its", "their", "total").contains(t[k].lower())) {
            k++;
        }
        int start = k;
        while (k < limit && k - start < 3 && t[k].isWord() && !LABEL_STOP.contains(t[k].lower())
                && !t[k].isCapitalized()) {
            k++;
        }
        return k > start ? words(doc, start, k) : null;
    }

    private static String words(Doc doc, int from, int to) {
        Token[] t = doc.tokens();
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!t[k].isWord() && !t[k].isDash()) {
                continue;
            }
            if (sb.length() > 0 && t[k].spaceBefore()) {
                sb.append(' ');
            }
            sb.append(t[k].text().toLowerCase(Locale.ROOT));
        }
        String s = sb.toString().trim();
        while (s.startsWith("-") || s.startsWith("\u2013")) {
            s = s.substring(1).trim();
        }
        return s.isEmpty() || s.length() > 60 ? null : s;
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
