package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.newsgraph.extract.metric.MetricWords.*;

/**
 * The currency of a money figure whose name is shared ("manats": Turkmen or Azerbaijani; "soms": Kyrgyz or Uzbek):
 * the country named right before the word, else one named in its sentence, else the article's. Families of shared
 * names are data ({@code /extract/currency-families.txt}).
 */
final class MoneyContext {

    private static final List<Set<String>> CURRENCY_FAMILIES = families();

    private final Gazetteer gazetteer;

    MoneyContext(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static List<Set<String>> families() {
        List<Set<String>> out = new ArrayList<>();
        for (List<String> line : dev.newsgraph.extract.text.Lexicon.of("currency-families").lines("families")) {
            out.add(Set.copyOf(line));
        }
        return List.copyOf(out);
    }

    /**
     * "Azerbaijani manat", "Hong Kong dollars": the country before a shared currency word decides; for a
     * shared name other than the dollar ("manats", "rubles") with no country before it, a country of the
     * same sentence whose own currency has that name ("Azerbaijan's fund holds 60 billion manats").
     */
    /**
     * MONEY after the number at {@code k}: a currency word, code or sign ("13 billion tenge", "500 KZT", "500₸",
     * "5 million Russian rubles", "billion-dollar"), the currency written before it ({@code prefixCurrency}), or an
     * exchange rate written as a price ("520 per dollar"); null when none.
     */
    Suffix suffix(Doc doc, CurrencyTable currencies, Numeral n, int j, int k, int len, boolean hyphen,
                  String prefixCurrency, List<String> countries) {
        Token[] t = doc.tokens();
        Token b = t[k];
        PhraseTable.Match<CurrencyTable.Currency> cur = currencies.word(t, k, len);
        if (cur != null) {
            return new Suffix(MetricKind.MONEY, localCurrency(doc, t, k, cur.value().iso(), countries), cur.end());
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
        // an exchange rate written as a price: "520 per dollar", "12,900 to the US dollar" is money in the local currency
        if (!hyphen && b.isWord() && RATE_WORDS.contains(b.lower())) {
            int c = k + 1;
            while (c < len && t[c].isWord() && RATE_FILLERS.contains(t[c].lower())) {
                c++;
            }
            PhraseTable.Match<CurrencyTable.Currency> against = c < len ? currencies.word(t, c, len) : null;
            if (against == null && c < len) {
                against = currencies.codeOrSymbol(t, c, len);
            }
            if (against != null) {
                String local = rateCurrency(doc, currencies, n.first(), against.value().iso(), countries);
                if (local != null) {
                    return new Suffix(MetricKind.MONEY, local, j);
                }
            }
        }
        return null;
    }

    String localCurrency(Doc doc, Token[] t, int k, String iso, List<String> articleCountries) {
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
        // "… 60 billion manats" on an Azerbaijani page: the article's countries, most named first
        for (String code : articleCountries) {
            String own = gazetteer.currencyOf(code);
            if (own != null && sameFamily(own, iso)) {
                return own;
            }
        }
        return iso;
    }

    /**
     * The currency of an exchange rate written as a price ("520 per dollar", "12,900 to the dollar"): a currency named
     * without an amount in its sentence ("the tenge weakened to 520 per dollar"), else the national currency of the
     * first country of its sentence, else of the article's first; null when none has one of its own.
     */
    String rateCurrency(Doc doc, CurrencyTable currencies, int k, String against, List<String> articleCountries) {
        Token[] t = doc.tokens();
        int s = doc.sentenceOf(k);
        if (s < 0) {
            return null;
        }
        Doc.Sentence sn = doc.sentence(s);
        int from = Math.max(sn.firstToken(), k - WINDOW);
        int to = Math.min(sn.endToken(), k + WINDOW);
        for (int i = from; i < to; i++) {
            PhraseTable.Match<CurrencyTable.Currency> c = currencies.word(t, i, to);
            if (c != null && !c.value().iso().equals(against) && (i == 0 || !t[i - 1].isNumber())) {
                return localCurrency(doc, t, i, c.value().iso(), articleCountries);
            }
        }
        for (int i = from; i < to; i++) {
            PhraseTable.Match<Gazetteer.Place> m = t[i].isCapitalized() ? gazetteer.phrases().match(t, i, to) : null;
            if (m != null && m.value().code() != null) {
                String own = gazetteer.currencyOf(m.value().code());
                if (own != null && !own.equals(against)) {
                    return own;
                }
            }
        }
        for (String code : articleCountries) {
            String own = gazetteer.currencyOf(code);
            if (own != null && !own.equals(against)) {
                return own;
            }
        }
        return null;
    }

    String adjacentCurrency(Token[] t, int k, String iso) {
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

    static boolean sameFamily(String a, String b) {
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
}
