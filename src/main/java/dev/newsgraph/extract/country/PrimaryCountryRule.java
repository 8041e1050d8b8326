package dev.newsgraph.extract.country;

import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which country an article is mainly about, and orders the mentioned countries.
 *
 * <p>Score per country:
 * <ul>
 *   <li>4 (weights.txt) if the headline names it (one less for an adjective, half for a city: the
 *       venue), 1
 *       more if it is the headline's first country (headlines lead with their subject: "Kazakhstan Proposes…");</li>
 *   <li>3 if it is the first country of the first body sentence (the lead's subject:
 *       "Kyrgyzstan recorded a sharp increase…" under "Russian Inflows Drive Kyrgyz Remittance Surge"),
 *       weighed like headline mentions; not a country after "from", "in", "to"…
 *       (a place, not the subject);</li>
 *   <li>0.5 per further mention in the lead paragraph, at most three;</li>
 *   <li>its share of all mentions times 4;</li>
 *   <li>1.5 for the five Central Asian countries, the subject of every source this
 *       service reads (a Turkish court ruling on Turkmen bloggers is Turkmen news there).</li>
 * </ul>
 * A head of state named in the headline or lead ({@code leaders.tsv}: "Japarov Meets Putin in Moscow") scores
 * there like an adjective, but never counts as a mention. The highest score wins; ties go to the earlier
 * mention.
 */
public final class PrimaryCountryRule {

    /** The weights: data, {@code /extract/weights.txt}, section {@code [primary-country]}. */
    private static final Lexicon WEIGHTS = Lexicon.of("weights");
    static final double HEADLINE = WEIGHTS.number("primary-country", "headline");
    static final double HEADLINE_FIRST = WEIGHTS.number("primary-country", "headline-first");
    static final double LEAD_SUBJECT = WEIGHTS.number("primary-country", "lead-subject");
    static final double LEAD_MENTION = WEIGHTS.number("primary-country", "lead-mention");
    static final double FREQUENCY = WEIGHTS.number("primary-country", "frequency");
    static final double CENTRAL_ASIA = WEIGHTS.number("primary-country", "region");

    /** The countries every source this service reads is about. */
    private static final Set<String> CENTRAL_ASIAN = Set.copyOf(WEIGHTS.lines("region-countries").get(0));

    /** Countries with their mention counts, most mentioned first (ties: first mentioned first). */
    public List<CountryMention> mentions(List<CountryHit> hits) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CountryHit h : hits) {
            counts.merge(h.code(), 1, Integer::sum);
        }
        List<CountryMention> out = new ArrayList<>();
        counts.forEach((c, n) -> out.add(new CountryMention(c, n)));
        out.sort((a, b) -> Integer.compare(b.count(), a.count())); // stable: keeps first-mention order on ties
        return out;
    }

    /** The primary country, or {@code null} when the article names none. */
    public String primary(Doc doc, List<CountryHit> hits) {
        return primary(doc, hits, List.of());
    }

    /**
     * @param leaders heads of state named in the headline or lead: they count like an adjective there
     *                ("Tokayev Meets Putin in Moscow"), but add nothing to the frequency
     */
    public String primary(Doc doc, List<CountryHit> hits, List<CountryHit> leaders) {
        if (hits.isEmpty()) {
            return null;
        }
        if (!leaders.isEmpty()) {
            List<CountryHit> all = new ArrayList<>(hits.size() + leaders.size());
            all.addAll(hits);
            all.addAll(leaders);
            all.sort(java.util.Comparator.comparingInt(CountryHit::firstToken));
            hits = all;
        }
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (CountryHit h : hits) {
            score.putIfAbsent(h.code(), 0.0);
            counts.putIfAbsent(h.code(), 0);
            if (h.kind() != CountryHit.Kind.LEADER) {
                counts.merge(h.code(), 1, Integer::sum);
                total++;
            }
        }
        Doc.Block[] blocks = doc.blocks();
        int headline = -1;
        int lead = -1;
        for (int b = 0; b < blocks.length; b++) {
            if (blocks[b].kind() == Doc.BlockKind.HEADLINE && headline < 0) {
                headline = b;
            } else if (blocks[b].kind() == Doc.BlockKind.PARAGRAPH && lead < 0 && !blocks[b].bullet()) {
                lead = b;
            }
        }
        String headlineFirst = null;
        java.util.Set<String> inHeadline = new java.util.HashSet<>();
        String leadSubject = null;
        Map<String, Integer> leadCounts = new HashMap<>();
        int leadSentenceEnd = -1;
        if (lead >= 0) {
            for (Doc.Sentence s : doc.sentences()) {
                if (s.block() == lead) {
                    leadSentenceEnd = s.endToken();
                    break;
                }
            }
        }
        int datelineEnd = lead >= 0 ? datelineEnd(doc, blocks[lead], hits) : -1;
        for (CountryHit h : hits) {
            int b = blockOf(blocks, h.firstToken());
            if (b == lead && h.firstToken() < datelineEnd) {
                continue; // "BAKU, Azerbaijan, June 18." says where the agency wrote, not what about
            }
            if (b == headline && headline >= 0) {
                // a city in the headline is mostly where it happened ("Tokayev Meets Putin in Moscow")
                double weight = weight(h, HEADLINE);
                if (headlineFirst == null) {
                    headlineFirst = h.code();
                    inHeadline.add(h.code());
                    score.merge(h.code(), weight + HEADLINE_FIRST, Double::sum);
                } else if (inHeadline.add(h.code())) {
                    score.merge(h.code(), weight, Double::sum); // a country named twice in the headline scores once
                }
            } else if (b == lead && lead >= 0) {
                if (leadSubject == null && h.firstToken() < leadSentenceEnd && !isPlace(doc, h)) {
                    leadSubject = h.code();
                    score.merge(h.code(), weight(h, LEAD_SUBJECT), Double::sum);
                } else if (leadCounts.merge(h.code(), 1, Integer::sum) <= 3) {
                    score.merge(h.code(), LEAD_MENTION, Double::sum);
                }
            }
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            double s = e.getValue() + FREQUENCY * counts.get(e.getKey()) / total
                    + (CENTRAL_ASIAN.contains(e.getKey()) ? CENTRAL_ASIA : 0.0);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The token after a dateline that opens the lead ("ASTANA. KAZINFORM –", "Baku, Azerbaijan, June 18"),
     * or -1: a place name first, then within a dozen tokens a dash, or a full stop after a date.
     */
    private static int datelineEnd(Doc doc, Doc.Block lead, List<CountryHit> hits) {
        CountryHit first = null;
        for (CountryHit h : hits) {
            if (h.firstToken() >= lead.firstToken()) {
                first = h;
                break;
            }
        }
        if (first == null || first.kind() != CountryHit.Kind.CITY || first.firstToken() != lead.firstToken()) {
            return -1;
        }
        int limit = Math.min(lead.endToken(), first.endToken() + 12);
        for (int k = first.endToken(); k < limit; k++) {
            var t = doc.token(k);
            if (t.isDash() || (t.isSymbol('.') && k > first.endToken() && doc.token(k - 1).isNumber())) {
                return k + 1;
            }
        }
        var next = first.endToken() < lead.endToken() ? doc.token(first.endToken()) : null;
        if (next != null && (next.isSymbol('.') || next.isSymbol(',')) && doc.token(first.firstToken()).isAllCaps()) {
            return first.endToken() + 1;
        }
        return -1;
    }

    /**
     * A country's name weighs most; an adjective ("Chinese Firm to Build … in Kazakhstan") usually qualifies
     * an actor, and a city is mostly the venue.
     */
    private static double weight(CountryHit h, double full) {
        return switch (h.kind()) {
            case NAME -> full;
            case ADJECTIVE -> full - 1;
            case CITY -> full / 2;
            case LEADER -> full - 1;
        };
    }

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.ofEvery("countries").words("lead-place-prepositions");

    /** "A delegation from China met …": a country after a place preposition is not the lead's subject. */
    private static boolean isPlace(Doc doc, CountryHit h) {
        int k = h.firstToken() - 1;
        if (k >= 0 && doc.token(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && PLACE_PREPOSITIONS.contains(doc.token(k).lower());
    }

    private static int blockOf(Doc.Block[] blocks, int token) {
        int lo = 0;
        int hi = blocks.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (token < blocks[mid].firstToken()) {
                hi = mid - 1;
            } else if (token >= blocks[mid].endToken()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
