package dev.newsgraph.extract.country;

import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.Lexicon;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds country mentions (names, adjectives and demonyms, capitals) in an article, following the
 * guideline: regions are not countries, and a currency's name ("U.S. dollars", "US$", "Russian rubles")
 * mentions no country by itself. Thread-safe.
 */
public final class CountryRecognizer {

    /**
     * Country and place words that are also given names ({@code /extract/en/names.txt}): not a country when a
     * capitalised surname follows ("Chad Smith", "Jordan Peterson").
     */
    private static final Set<String> ALSO_GIVEN_NAMES = Lexicon.ofEvery("names").words("given-names");

    private final Gazetteer gazetteer;
    private final BiPredicate<Token[], Integer> currencyAt;

    /**
     * @param currencyAt tells whether a currency name or sign starts at a token index (so that the
     *                   country word before it is part of a currency's name)
     */
    public CountryRecognizer(Gazetteer gazetteer, BiPredicate<Token[], Integer> currencyAt) {
        this.gazetteer = gazetteer;
        this.currencyAt = currencyAt;
    }

    public List<CountryHit> find(Doc doc) {
        Token[] t = doc.tokens();
        List<CountryHit> hits = new ArrayList<>();
        PhraseTable<Gazetteer.Place> table = gazetteer.phrases();
        int i = 0;
        while (i < t.length) {
            Token tok = t[i];
            // English country words are capitalised; Russian adjectives are not ("казахстанский")
            if (!tok.isWord() || !Character.isUpperCase(tok.text().charAt(0))
                    && Character.UnicodeBlock.of(tok.text().charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
                i++;
                continue;
            }
            PhraseTable.Match<Gazetteer.Place> m = table.match(t, i, t.length);
            if (m == null) {
                i++;
                continue;
            }
            Gazetteer.Place p = m.value();
            if (p.code() != null && counts(doc, t, m)) {
                hits.add(new CountryHit(p.code(), p.kind(), t[m.start()].start(), t[m.end() - 1].end(),
                        m.start(), m.end()));
            }
            i = m.end();
        }
        return hits;
    }

    /**
     * Leaders named in the headline and the first two paragraphs ("Tokayev Meets Putin in Moscow"): a signal
     * for the primary country only.
     */
    public List<CountryHit> leaders(Doc doc) {
        Token[] t = doc.tokens();
        List<CountryHit> out = new ArrayList<>();
        Doc.Block[] blocks = doc.blocks();
        int paragraphs = 0;
        for (Doc.Block b : blocks) {
            if (b.kind() == Doc.BlockKind.PARAGRAPH && ++paragraphs > 2) {
                break;
            }
            for (int i = b.firstToken(); i < b.endToken(); i++) {
                if (!t[i].isCapitalized()) {
                    continue;
                }
                PhraseTable.Match<Gazetteer.Place> m = gazetteer.leaders().match(t, i, b.endToken());
                if (m != null) {
                    out.add(new CountryHit(m.value().code(), CountryHit.Kind.LEADER, t[i].start(), t[m.end() - 1].end(),
                            m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private boolean counts(Doc doc, Token[] t, PhraseTable.Match<Gazetteer.Place> m) {
        int end = m.end();
        // part of a currency's name: "U.S. dollars", "US$", "Kazakh tenge"
        if (end < t.length && currencyAt.test(t, end)) {
            return false;
        }
        // a first name: "Chad Smith", "Jordan Peterson" (not in title-case headlines)
        if (m.end() - m.start() == 1 && ALSO_GIVEN_NAMES.contains(t[m.start()].lower()) && end < t.length
                && t[end].isWord() && t[end].spaceBefore() && t[end].isCapitalized() && !t[end].isAllCaps()
                && !doc.inTitleLine(m.start()) && gazetteer.phrases().match(t, end, t.length) == null) {
            return false;
        }
        // a web address: "kazakhstan.kz" never reaches here (lower case), "Astana.kz" might
        if (end < t.length && t[end].isSymbol('.') && !t[end].spaceBefore() && end + 1 < t.length
                && t[end + 1].isWord() && !t[end + 1].spaceBefore() && t[end + 1].text().length() <= 3
                && Character.isLowerCase(t[end + 1].text().charAt(0))) {
            return false;
        }
        return true;
    }
}
