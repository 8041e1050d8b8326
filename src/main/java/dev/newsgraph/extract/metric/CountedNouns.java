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

/** COUNT figures: the counted noun after a number, or the one its sentence or paragraph counts. */
final class CountedNouns {

    private final Gazetteer gazetteer;

    CountedNouns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "64 veterinary checkpoints", "seven crypto exchanges", "9.6 million head"; kind null when bare. */
    Suffix countedNoun(Doc doc, Numeral n, int j) {
        Token[] t = doc.tokens();
        int limit = Math.min(t.length, j + 5);
        int s = doc.sentenceOf(n.first());
        int sentenceEnd = s >= 0 ? doc.sentence(s).endToken() : t.length;
        limit = Math.min(limit, sentenceEnd);
        int k = j;
        int head = -1;
        int lastCyrillicAdjective = -1; // "семь подозреваемых": an adjective with no noun after it is the noun
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
                    || isCyrillic(lw) && isVerb(lw)
                    || MONTHS.contains(w.text())) {
                break;
            }
            if (isPlural(w) && !(k + 1 < t.length && t[k + 1].lower().equals("'s"))) {
                head = k;
                break;
            }
            if (isCyrillic(lw) && isAdjective(lw) && !NOT_COUNTED.contains(lw)) {
                lastCyrillicAdjective = k;
            } else {
                lastCyrillicAdjective = -1;
            }
            k++;
        }
        if (head < 0 && lastCyrillicAdjective >= 0 && lastCyrillicAdjective == k - 1) {
            head = lastCyrillicAdjective;
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
    String contextNoun(Doc doc, int i, List<Figure> found) {
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
    String nounAfterOf(Doc doc, int from, int limit) {
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
        if (isCyrillic(lw)) {
            // a Russian noun after a number stands in the case the number asks for: any noun is the counted one
            return lw.length() >= 3 && !isAdjective(lw) && !isVerb(lw) && !STOP.contains(lw) && !NOT_COUNTED.contains(lw);
        }
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
    String unitOf(Doc doc, Token[] t, int from, int to) {
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

    /** A Russian verb by its ending ("предоставит", "выросли"): a noun after a number is in another form. */
    static boolean isVerb(String w) {
        for (String e : VERB_ENDINGS) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCyrillic(String w) {
        return !w.isEmpty() && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    static boolean isAdjective(String w) {
        if (ADJECTIVES.contains(w)) {
            return true;
        }
        if (isCyrillic(w)) {
            for (String e : ADJECTIVE_ENDINGS) {
                if (w.length() > e.length() + 2 && w.endsWith(e)) {
                    return true;
                }
            }
            return false;
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
}
