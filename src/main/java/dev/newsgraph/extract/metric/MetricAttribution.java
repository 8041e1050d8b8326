package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.country.CountryHit;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Lexicon;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each figure its sentence, the country it is about and a short label of what it measures ({@link LabelFinder}).
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

    private static final Lexicon WORDS = Lexicon.ofEvery("countries");


    private static final Set<String> PLACE_PREPOSITIONS = WORDS.words("place-prepositions");

    private static final Set<String> SAYING = WORDS.words("saying");



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
        boolean[] countryToken = new boolean[doc.size()];
        for (CountryHit h : hits) {
            for (int k = h.firstToken(); k < h.endToken(); k++) {
                countryToken[k] = true;
            }
        }
        LabelFinder labels = new LabelFinder(doc, figures, countryToken);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int s = doc.sentenceOf(f.firstToken());
            String sentence = s >= 0 ? sentenceOf(doc, s, f, sentences) : doc.text().substring(f.start(), f.end());
            String country = s >= 0 ? countryOf(doc, f, s, bySentence, primary, figureEnds) : primary;
            String label = s >= 0 ? labels.label(i, s) : null;
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

}
