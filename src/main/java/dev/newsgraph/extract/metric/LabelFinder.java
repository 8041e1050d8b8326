package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Lexicon;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure's label: a short noun phrase naming what it measures, from the figure's own clause, never a country, a
 * time span or a generic word. The words are data ({@code /extract/en/labels.txt}); the rules, first that applies:
 * <ol>
 *   <li>the line's own label: {@code Cattle: up 23.4 percent};</li>
 *   <li>the counted noun of a count ({@code 64 veterinary checkpoints});</li>
 *   <li>the noun the figure qualifies: {@code a 50% stake}, {@code the 523-kilometer railway}, {@code over 50 years
 *       old} (age); a noun of change ({@code a 16% rise}) means the change of what the clause is about;</li>
 *   <li>what follows it: {@code 30 percent of GDP} (share of gdp), {@code 12.5 tons of gold},
 *       {@code USD 1.2 billion in transfers};</li>
 *   <li>left of it, across words such as "to", "by", "at", "of" and other figures: a noun phrase ({@code inflation
 *       of 8.6%}, {@code raised its base rate to 14.5%}); or a verb: the object verbs name the figure
 *       ({@code exported 50,000 tons} → exports), the others take their subject ({@code remittance inflows
 *       reached …}, past a place: {@code trade between Kyrgyzstan and China reached …}); a percentage that an actor
 *       "accounts for" is a share;</li>
 *   <li>a percentage that opens its sentence ({@code 94% came from Russia}) is a share;</li>
 *   <li>otherwise the label of the figure before it in its paragraph, when of the same kind (a run of figures about
 *       one thing: "Kazakhstan ranked second, with USD 34 million").</li>
 * </ol>
 * A phrase of "NUMBER of X", "volume of X" keeps X; "value of X" stays whole. Thread-safe.
 */
final class LabelFinder {

    private static final Lexicon WORDS = Lexicon.ofEvery("labels");
    private static final Set<String> SUBJECT_VERBS = WORDS.words("subject-verbs");
    private static final Map<String, String> OBJECT_VERBS = WORDS.map("object-verbs");
    private static final Set<String> NEUTRAL_VERBS = WORDS.words("neutral-verbs");
    private static final Set<String> BRIDGE = WORDS.words("bridge");
    private static final Set<String> AUXILIARIES = WORDS.words("auxiliaries");
    private static final Set<String> STOP = WORDS.words("stop");
    private static final Set<String> GENERIC = WORDS.words("generic");
    private static final Set<String> TIME = WORDS.words("time");
    private static final Set<String> CHANGE_NOUNS = WORDS.words("change-nouns");
    private static final Set<String> SHARE_VERBS = WORDS.words("share-verbs");
    private static final Set<String> OF_GENERIC = WORDS.words("of-generic");
    private static final Set<String> NP_VERBS = WORDS.words("np-verbs");
    private static final Set<String> PLACE_NOUNS = WORDS.words("place-nouns");
    private static final Map<String, String> VERB_PARTICLES = WORDS.map("verb-particles");
    private static final Set<String> RATE_CURRENCIES = WORDS.words("rate-currencies");
    private static final Set<String> DEGREE_WORDS = WORDS.words("degree-words");

    /** Prepositions of a phrase that may stand between a subject and its verb ("Salaries in the oil sector averaged"). */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "at", "from", "to", "for", "across", "between",
            "with", "by", "on", "among");

    /** Prepositions that open a place phrase between a subject and its verb ("to Kyrgyzstan"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "to", "in", "into", "between", "with", "of",
            "for", "across", "via", "through", "at", "and");

    /** Prepositions of a phrase after the noun a figure is about: "the fine for smuggling to 500,000 tenge". */
    private static final Set<String> NOUN_PHRASE_PREPOSITIONS = Set.of("for", "on", "in", "at", "with", "among", "between");

    /** Words before a verb's base form. */
    private static final Set<String> MODALS = Set.of("to", "will", "would", "could", "can", "may", "might", "must",
            "should", "shall");

    private static final int MAX_WORDS = 4;
    private static final int REACH = 30;
    /** How many earlier figures a figure may take its label from: bounded work on a run of thousands. */
    private static final int LOOK_BACK = 12;

    private final Doc doc;
    private final Token[] t;
    private final boolean[] country;
    private final List<Figure> figures;
    /** Index of the figure whose surface holds a token, or -1. */
    private final int[] figureAt;
    private final String[] labels;

    /** @param country which tokens are part of a country mention */
    LabelFinder(Doc doc, List<Figure> figures, boolean[] country) {
        this.doc = doc;
        this.t = doc.tokens();
        this.country = country;
        this.figures = figures;
        this.figureAt = new int[t.length];
        java.util.Arrays.fill(figureAt, -1);
        for (int f = 0; f < figures.size(); f++) {
            for (int k = figures.get(f).firstToken(); k < figures.get(f).endToken(); k++) {
                figureAt[k] = f;
            }
        }
        this.labels = new String[figures.size()];
    }

    /** The label of figure {@code f} (labels are asked for in text order: a figure may take an earlier one's). */
    String label(int f, int s) {
        String l = find(f, s);
        labels[f] = l;
        return l;
    }

    private String find(int fi, int s) {
        Figure f = figures.get(fi);
        Doc.Sentence sn = doc.sentence(s);
        Doc.Block block = doc.blockOfSentence(s);
        int k0 = block.bullet() ? block.firstToken() + 1 : block.firstToken();
        for (int k = k0; k < Math.min(f.firstToken(), k0 + 6); k++) {
            if (t[k].isSymbol(':')) {
                String l = clean(k0, k);
                if (l != null) {
                    return l; // "Cattle: up 23.4 percent"
                }
            }
        }
        if (f.kind() == MetricKind.COUNT && f.unit() != null && f.numberEnd() < f.endToken()) {
            String l = clean(f.numberEnd(), f.endToken());
            if (l != null) {
                return l;
            }
        }
        int end = sn.endToken();
        int after = f.endToken();
        if (f.kind() == MetricKind.MONEY && isRate(after, end)) {
            return "exchange rate"; // "12,950 per dollar", "19.5 manats to the dollar"
        }
        // the noun it qualifies: "a 50% stake", "the 523-kilometer railway", "a 16% rise"
        if (after < end && t[after].isWord() && "old".equals(t[after].lower()) && "year".equals(f.unit())) {
            return "age";
        }
        if (after < end && isNoun(after)) {
            int e = nounPhraseEnd(after, end);
            String l = clean(after, e);
            if (l != null && CHANGE_NOUNS.contains(lastWord(l))) {
                String of = changeOf(e, end);
                return of != null ? of : changeTarget(fi, s);
            }
            if (l != null) {
                return l;
            }
        }
        int left = leftOf(fi, Math.max(sn.firstToken(), f.firstToken() - REACH));
        // what follows: "30 percent of GDP", "12.5 tons of gold", "USD 1.2 billion in transfers" (a percentage whose
        // verb has a subject is that subject's: "the deficit stood at 2.1% of GDP")
        if (f.kind() == MetricKind.PERCENT && left >= sn.firstToken() && t[left].isWord()
                && SUBJECT_VERBS.contains(t[left].lower())) {
            String subject = subjectBefore(left, sn.firstToken());
            if (subject != null) {
                return subject;
            }
        }
        if (after + 1 < end && t[after].isWord()) {
            String w = t[after].lower();
            if (w.equals("of") || w.equals("in") && f.kind() == MetricKind.MONEY
                    || w.equals("worth") && after + 2 < end && t[after + 1].lower().equals("of")) {
                int from = w.equals("worth") ? after + 2 : after + 1;
                String np = clean(skipDeterminers(from, end), nounPhraseEnd(skipDeterminers(from, end), end));
                if (np != null) {
                    return f.kind() == MetricKind.PERCENT && w.equals("of") ? "share of " + np : np;
                }
            }
        }
        // left of it: a noun phrase or a verb
        int clauseStart = Math.max(sn.firstToken(), f.firstToken() - REACH);
        int k = left;
        if (k >= clauseStart && t[k].isWord() && !country[k]) {
            String w = t[k].lower();
            if (SHARE_VERBS.contains(w) || w.equals("for") && k > clauseStart && SHARE_VERBS.contains(t[k - 1].lower())) {
                if (f.kind() == MetricKind.PERCENT) {
                    return "share";
                }
            }
            if ((OBJECT_VERBS.containsKey(w) || SUBJECT_VERBS.contains(w)) && isCurrencySubject(k, sn.firstToken())) {
                return "exchange rate"; // "the dollar sold for 19.5 manats", "the tenge stood at 520"
            }
            if (OBJECT_VERBS.containsKey(w) && !isNoun(k)) {
                String nominal = OBJECT_VERBS.get(w);
                String of = after + 1 < end && t[after].lower().equals("of")
                        ? clean(skipDeterminers(after + 1, end), nounPhraseEnd(skipDeterminers(after + 1, end), end)) : null;
                return of != null ? of + " " + nominal : nominal;
            }
            if (SUBJECT_VERBS.contains(w) && w.endsWith("ing") && k > sn.firstToken() && isClauseBreak(t[k - 1])) {
                return mainClauseTopic(fi, s, k - 1); // "…, reaching USD 1.4 billion"
            }
            if ((w.equals("worth") || w.equals("valued")) && objectVerbBefore(k, clauseStart) != null) {
                return objectVerbBefore(k, clauseStart); // "exported fruit and vegetables worth $1.6 billion"
            }
            if (w.equals("worth") && k - 1 > sn.firstToken() && t[k - 1].isSymbol(',')) {
                String l = nounPhraseBefore(k - 1, sn.firstToken()); // "The contract, worth $250 million, …"
                if (l != null) {
                    return l;
                }
            }
            if (SUBJECT_VERBS.contains(w)) {
                String subject = subjectBefore(k, sn.firstToken());
                return subject != null ? subject : changeTarget(fi, s); // "… grew 5.6% and reached 118 billion kWh"
            }
            if (NEUTRAL_VERBS.contains(w)) {
                return carried(fi, s);
            }
            if (isNoun(k)) {
                int p = phraseStart(k, clauseStart);
                if (p > 0 && !NOUN_PHRASE_PREPOSITIONS.contains(t[p].lower())) {
                    p = -1; // "plans to boost gas exports to …": an infinitive, not a phrase after a noun
                }
                String l = nounPhraseBefore((p > clauseStart ? p : k + 1), sn.firstToken()); // "the fine for smuggling to …"
                if (l == null && p > clauseStart) {
                    l = nounPhraseBefore(k + 1, sn.firstToken());
                }
                if (l != null && !GENERIC.contains(l) && !CHANGE_NOUNS.contains(lastWord(l))) {
                    return l; // "inflation of 8.6%", "raised its base rate to 14.5%", "Gold Output at 12.5 Tons"
                }
                if (l != null && CHANGE_NOUNS.contains(lastWord(l))) {
                    return changeTarget(fi, s);
                }
            }
        }
        if (k >= clauseStart && t[k].isSymbol(',')) {
            String l = changeTarget(fi, s); // "…, up 16%": the figure before it, about the same thing
            if (l != null) {
                return l;
            }
        }
        if (f.kind() == MetricKind.PERCENT && k < clauseStart && k < sn.firstToken() + 1) {
            return "share"; // "94% came from Russia"
        }
        return carried(fi, s);
    }

    /** The token left of figure {@code fi} past bridge words, other figures and place phrases ("to", "by", "in Russia"). */
    private int leftOf(int fi, int clauseStart) {
        int k = figures.get(fi).firstToken() - 1;
        while (k >= clauseStart) {
            if (figureAt[k] >= 0 && figureAt[k] != fi) {
                k = figures.get(figureAt[k]).firstToken() - 1;
                continue;
            }
            if (t[k].isWord() && BRIDGE.contains(t[k].lower()) || t[k].isSymbol('%') || t[k].isSymbol('$')
                    || k > clauseStart && t[k].isWord() && t[k].lower().equals(VERB_PARTICLES.get(t[k - 1].lower()))) {
                k--;
                continue;
            }
            int place = country[k] || t[k].isCapitalized() && !doc.inTitleLine(k) ? placePhraseStart(k, clauseStart) : -1;
            if (place >= 0) {
                k = place - 1; // "migrants in Russia from 650,000"
                continue;
            }
            break;
        }
        return k;
    }

    /** The noun of an object verb a few words before {@code k} ("exported … worth"), or null. */
    private String objectVerbBefore(int k, int limit) {
        for (int v = k - 1; v >= Math.max(limit, k - 6); v--) {
            if (t[v].isWord() && OBJECT_VERBS.containsKey(t[v].lower()) && !isNoun(v)) {
                return OBJECT_VERBS.get(t[v].lower());
            }
            if (!t[v].isWord()) {
                return null;
            }
        }
        return null;
    }

    /** The verb at {@code verb} has a currency for subject ("the dollar sold for", "the manat traded at"). */
    private boolean isCurrencySubject(int verb, int sentenceStart) {
        int k = verb - 1;
        while (k >= sentenceStart && t[k].isWord() && AUXILIARIES.contains(t[k].lower())) {
            k--;
        }
        return k >= sentenceStart && t[k].isWord() && (RATE_CURRENCIES.contains(t[k].lower())
                || Set.of("tenge", "som", "sum", "somoni", "manat", "soum").contains(t[k].lower()));
    }

    /** "per dollar", "to the US dollar", "against the euro" after a money figure: it is an exchange rate. */
    private boolean isRate(int k, int end) {
        if (k >= end || !t[k].isWord() || !Set.of("per", "to", "against").contains(t[k].lower())) {
            return false;
        }
        int c = k + 1;
        while (c < end && t[c].isWord() && Set.of("the", "one", "a", "us", "u.s.").contains(t[c].lower())) {
            c++;
        }
        return c < end && RATE_CURRENCIES.contains(t[c].lower()) && !(c + 1 < end && t[c + 1].isNumber()); // "to USD 4 million"
    }

    /** "a 16% rise in remittances": what rose. */
    private String changeOf(int e, int end) {
        if (e + 1 < end && t[e].isWord() && (t[e].lower().equals("in") || t[e].lower().equals("of"))) {
            int from = skipDeterminers(e + 1, end);
            return clean(from, nounPhraseEnd(from, end));
        }
        return null;
    }

    /** The change of what the clause is about: the figure before it in the sentence, or its subject. */
    private String changeTarget(int fi, int s) {
        Doc.Sentence sn = doc.sentence(s);
        for (int p = fi - 1; p >= Math.max(0, fi - LOOK_BACK) && figures.get(p).firstToken() >= sn.firstToken(); p--) {
            if (labels[p] != null) {
                return labels[p];
            }
        }
        // the subject of the sentence's first verb
        for (int k = Math.max(sn.firstToken(), figures.get(fi).firstToken() - REACH) + 1; k < figures.get(fi).firstToken(); k++) {
            if (t[k].isWord() && SUBJECT_VERBS.contains(t[k].lower())) {
                String l = subjectBefore(k, sn.firstToken());
                if (l != null) {
                    return l;
                }
            }
        }
        return carried(fi, s);
    }

    private static boolean isClauseBreak(Token x) {
        return x.isSymbol(',') || x.isDash() && x.spaceBefore() || x.isSymbol('\u2014') || x.isSymbol(';');
    }

    /**
     * What the main clause before a participle is about: "recorded a sharp increase in remittance inflows …,
     * reaching …" (what increased), else the subject of its verb, else the object of a neutral verb.
     */
    private String mainClauseTopic(int fi, int s, int comma) {
        int first = Math.max(doc.sentence(s).firstToken(), comma - REACH);
        for (int k = first; k < comma; k++) {
            if (t[k].isWord() && CHANGE_NOUNS.contains(t[k].lower())) {
                String l = changeOf(k + 1, comma);
                if (l != null) {
                    return l;
                }
            }
        }
        for (int k = first + 1; k < comma; k++) {
            if (t[k].isWord() && SUBJECT_VERBS.contains(t[k].lower()) && !CHANGE_NOUNS.contains(t[k].lower())) {
                String l = subjectBefore(k, first);
                if (l != null) {
                    return l;
                }
            }
        }
        for (int k = first + 1; k < comma; k++) {
            if (t[k].isWord() && (NEUTRAL_VERBS.contains(t[k].lower()) || OBJECT_VERBS.containsKey(t[k].lower()))
                    && !isNoun(k)) {
                int from = skipDeterminers(k + 1, comma);
                String l = clean(from, nounPhraseEnd(from, comma));
                if (l != null) {
                    return l;
                }
            }
        }
        return changeTarget(fi, s);
    }

    /** The label of the figure before, in the same paragraph and of the same kind. */
    private String carried(int fi, int s) {
        Figure f = figures.get(fi);
        int block = doc.sentence(s).block();
        for (int p = fi - 1; p >= Math.max(0, fi - LOOK_BACK); p--) {
            Figure q = figures.get(p);
            int qs = doc.sentenceOf(q.firstToken());
            if (qs < 0 || doc.sentence(qs).block() != block) {
                break;
            }
            if (q.kind() == f.kind() && labels[p] != null && (q.kind() != MetricKind.MONEY || q.unit() == null
                    || q.unit().equals(f.unit()))) {
                return labels[p];
            }
        }
        return null;
    }

    /** The subject of the verb at {@code verb}: the noun phrase before it, past auxiliaries and a place phrase. */
    private String subjectBefore(int verb, int sentenceStart) {
        int limit = Math.max(sentenceStart, verb - REACH);
        int k = verb - 1;
        while (k >= limit && t[k].isWord() && (AUXILIARIES.contains(t[k].lower()) || isAdverb(t[k]))) {
            k--;
        }
        if (k > limit && t[k].isSymbol(')')) {
            int open = k - 1;
            while (open > limit && !t[open].isSymbol('(') && k - open < 12) {
                open--;
            }
            if (t[open].isSymbol('(')) {
                k = open - 1; // "Meat production (in carcass weight) rose"
            }
        }
        for (int round = 0; round < 3 && k >= limit; round++) {
            int p = placePhraseStart(k, limit);
            if (p < 0) {
                p = phraseStart(k, limit);
            }
            if (p < 0) {
                break;
            }
            k = p - 1;
        }
        return nounPhraseBefore(k + 1, limit);
    }

    /** Start of a short phrase such as "in the oil sector", "by rail" ending at {@code k}, after a noun; else -1. */
    private int phraseStart(int k, int limit) {
        for (int j = k; j >= Math.max(limit + 1, k - 4); j--) {
            if (!t[j].isWord()) {
                return -1;
            }
            if (PHRASE_PREPOSITIONS.contains(t[j].lower())) {
                return j < k && isContent(j - 1) ? j : -1;
            }
        }
        return -1;
    }

    /** Start of "to Kyrgyzstan", "between Kyrgyzstan and China", "from the United States" ending at {@code k}. */
    private int placePhraseStart(int k, int sentenceStart) {
        int limit = Math.max(sentenceStart, k - 12);
        int j = k;
        boolean place = false;
        while (j >= limit && (country[j] || t[j].isCapitalized() && !doc.inTitleLine(j) && !PLACE_PREPOSITIONS.contains(t[j].lower())
                || j < k && t[j].isWord() && PLACE_NOUNS.contains(t[j].lower()) || j == k && PLACE_NOUNS.contains(t[j].lower())
                || t[j].isSymbol(',') || t[j].isWord() && (t[j].lower().equals("and") || t[j].lower().equals("the")))) {
            place |= country[j] || t[j].isCapitalized();
            j--;
        }
        boolean opener = j >= limit && t[j].isWord() && (PLACE_PREPOSITIONS.contains(t[j].lower()) && !t[j].lower().equals("and")
                || t[j].lower().endsWith("ing") && j > limit && isContent(j - 1)); // "tourists visiting Samarkand"
        return place && opener ? j : -1;
    }

    /** Up to four content words ending right before {@code end}; "X of Y" read as X's Y or as Y. */
    private String nounPhraseBefore(int end, int limit) {
        int k = end - 1;
        int from = end;
        while (k >= limit && end - k <= MAX_WORDS) {
            Token w = t[k];
            if (w.isDash() && !w.spaceBefore() && k - 1 >= limit && t[k - 1].isWord()) {
                k--;
                continue;
            }
            if (!isContent(k) || w.isCapitalized() && !w.isAllCaps() && !doc.inTitleLine(k) && !doc.startsSentence(k)
                    || NP_VERBS.contains(w.lower())
                    || k - 1 >= limit && t[k - 1].isWord() && MODALS.contains(t[k - 1].lower())) {
                break; // "plans to boost gas exports": a verb after "to", "will"
            }
            from = k;
            k--;
        }
        String np = clean(from, end);
        if (np == null) {
            return null;
        }
        // "the number of labor migrants" → labor migrants; "the value of electricity" stays whole
        while (k > limit && t[k].isWord() && (t[k].lower().equals("the") || t[k].lower().equals("its"))) {
            k--;
        }
        if (k >= limit + 1 && t[k].isWord() && t[k].lower().equals("of") && isContent(k - 1)) {
            String head = t[k - 1].lower();
            if (!OF_GENERIC.contains(head) && !TIME.contains(head)) {
                // the outermost head of a chain ("the average price of a kilogram of dried apricots") with the
                // innermost thing: "average price of dried apricots"
                int h = k - 1;
                while (h - 3 >= limit) {
                    int d = h - 1;
                    while (d > limit && t[d].isWord() && Set.of("a", "an", "the").contains(t[d].lower())) {
                        d--;
                    }
                    if (d - 1 >= limit && t[d].isWord() && t[d].lower().equals("of") && isContent(d - 1)
                            && !OF_GENERIC.contains(t[d - 1].lower())) {
                        h = d - 1;
                    } else {
                        break;
                    }
                }
                int hs = h;
                while (hs - 1 >= limit && isContent(hs - 1) && h - hs < 2 && !NP_VERBS.contains(t[hs - 1].lower())
                        && !(t[hs - 1].isCapitalized() && !doc.inTitleLine(hs - 1))) {
                    hs--;
                }
                String outer = clean(hs, h + 1);
                String whole = outer != null ? outer + " of " + np : null;
                return whole != null ? whole : np;
            }
        }
        return np;
    }

    /** Token after the noun phrase starting at {@code from}: at most four content words. */
    private int nounPhraseEnd(int from, int end) {
        int k = from;
        while (k < end && k - from < MAX_WORDS) {
            if (t[k].isDash() && !t[k].spaceBefore() && k + 1 < end && !t[k + 1].spaceBefore()) {
                k++;
                continue;
            }
            if (!isContent(k) || t[k].isCapitalized() && !doc.inTitleLine(k) && !t[k].isAllCaps()
                    || k > from && (NP_VERBS.contains(t[k].lower()) || SUBJECT_VERBS.contains(t[k].lower())
                    && !CHANGE_NOUNS.contains(t[k].lower()))) {
                break;
            }
            k++;
        }
        return k;
    }

    private int skipDeterminers(int k, int end) {
        while (k < end && (t[k].isWord() && Set.of("the", "a", "an", "its", "their", "his", "her", "our", "total",
                "this", "that", "these", "those").contains(t[k].lower()) || country[k] || t[k].lower().equals("'s"))) {
            k++;
        }
        return k;
    }

    /** A word that may stand in a label: not a function word, country, number or adverb. */
    private boolean isContent(int k) {
        Token w = t[k];
        return w.isWord() && !country[k] && figureAt[k] < 0 && !STOP.contains(w.lower()) && !isAdverb(w)
                && w.text().length() > 1;
    }

    /** A content word that is not a verb form: the start of the noun a figure qualifies. */
    private boolean isNoun(int k) {
        if (!isContent(k)) {
            return false;
        }
        String w = t[k].lower();
        if (SUBJECT_VERBS.contains(w) && !CHANGE_NOUNS.contains(w) || SHARE_VERBS.contains(w)
                || (OBJECT_VERBS.containsKey(w) || NEUTRAL_VERBS.contains(w)) && (w.endsWith("ed") || !w.endsWith("s")
                || k > 0 && !(isContent(k - 1) || t[k - 1].isWord() && Set.of("the", "a", "an", "its", "their", "of",
                "and", "in", "total").contains(t[k - 1].lower())))) {
            return false; // "exports" is a noun after a noun or a determiner, a verb after its actor
        }
        return !(w.endsWith("ed") && w.length() > 4) && !DEGREE_WORDS.contains(w);
    }

    private static boolean isAdverb(Token w) {
        String l = w.lower();
        return l.length() > 4 && l.endsWith("ly") && !l.equals("supply") && !l.equals("family") && !l.equals("assembly")
                && !l.equals("monopoly") && !l.equals("italy");
    }

    /** Lower-case words {@code [from, to)}; null when nothing is left or only generic or time words are. */
    private String clean(int from, int to) {
        StringBuilder sb = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (country[k] || t[k].lower().equals("'s")) {
                continue;
            }
            if (t[k].isDash() && sb.length() > 0 && !t[k].spaceBefore() && k + 1 < to && !t[k + 1].spaceBefore()) {
                sb.append('-');
                continue;
            }
            if (!t[k].isWord()) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append(' ');
            }
            sb.append(t[k].lower());
            words.add(t[k].lower());
        }
        String s = sb.toString().strip();
        while (s.startsWith("-")) {
            s = s.substring(1).strip();
        }
        if (s.isEmpty() || s.length() > 60) {
            return null;
        }
        String head = lastWord(s);
        if (TIME.contains(head) || GENERIC.contains(head) && onlyModifiers(words.subList(0, words.size() - 1))) {
            return null; // "the actual figure", "the first five months"; "water levels" stays
        }
        boolean meaningful = false;
        for (String w : s.split("[ -]")) {
            if (!GENERIC.contains(w) && !TIME.contains(w) && !STOP.contains(w)) {
                meaningful = true;
                break;
            }
        }
        return meaningful ? s : null;
    }

    /** Words that only qualify a head ("actual", "total", "overall"), or none at all. */
    private static boolean onlyModifiers(List<String> words) {
        for (String w : words) {
            if (!CountedNouns.isAdjective(w) && !GENERIC.contains(w) && !STOP.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }
}
