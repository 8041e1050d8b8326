package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.number.Numerals;
import dev.newsgraph.extract.text.Doc;
import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Token;

import static dev.newsgraph.extract.metric.MetricWords.*;

/**
 * Numbers that are no figures: years, dates, clock times, ordinals, codes and identifiers, phone numbers, web
 * addresses, numbers inside names, ticker lines.
 */
final class Exclusions {

    private final UnitTable units;
    private final CurrencyTable currencies;
    private final Gazetteer gazetteer;

    Exclusions(UnitTable units, CurrencyTable currencies, Gazetteer gazetteer) {
        this.units = units;
        this.currencies = currencies;
        this.gazetteer = gazetteer;
    }

    boolean isExcludedByContext(Doc doc, Numeral n) {
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
            if (prev != null && prev.is("+") && !tok.spaceBefore() && NumberReader.isDigits(d) && d.length() >= 3) {
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
                if (!approx || next == null || !next.isWord() || !CountedNouns.isPlural(next)) {
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
                && !hasMeasureAfter(t, n.end()) && (next == null || !next.isWord() || !CountedNouns.isPlural(next))) {
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

    static boolean hasCapital(Token w) {
        for (int k = 0; k < w.text().length(); k++) {
            if (Character.isUpperCase(w.text().charAt(k))) {
                return true;
            }
        }
        return false;
    }

    boolean isRangeWord(Token w) {
        String l = w.lower();
        return l.equals("mid") || l.equals("pre") || l.equals("post") || l.equals("late") || l.equals("early")
                || Numerals.isNumberWord(l);
    }

    static boolean isYearToken(Token tok) {
        String d = tok.text();
        if (d.length() != 4 || !NumberReader.isDigits(d)) {
            return false;
        }
        int y = Integer.parseInt(d);
        return y >= 1800 && y <= 2100;
    }

    boolean isLikelyYear(Numeral n, Token[] t) {
        return n.plainInteger() && isYearToken(t[n.first()]);
    }

    boolean hasMeasureAfter(Token[] t, int j) {
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

    boolean isCurrencyCode(Token[] t, int i) {
        if (i < 0 || !t[i].isWord() || !t[i].isAllCaps()) {
            return false;
        }
        PhraseTable.Match<CurrencyTable.Currency> m = currencies.codeOrSymbol(t, i, i + 1);
        return m != null && m.value().position() == CurrencyTable.Position.CODE;
    }

    static boolean isCurrencySign(Token t) {
        return t.type() == Token.Type.SYMBOL && "$€£₽¥₸₹₩₺₼₾₴".contains(t.text());
    }

    static boolean isDateDay(Doc doc, Token[] t, Numeral n) {
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
        // the first day of "10-15 мая", "с 10 по 15 мая", "25 и 26 июня"
        if (k + 2 < t.length && (t[k].isDash() || t[k].isWord() && RANGE_CONNECTORS.contains(t[k].lower()))
                && t[k + 1].isNumber() && t[k + 1].text().length() <= 2 && MONTHS.contains(t[k + 2].text())) {
            return true;
        }
        // the second day of "June 25 and 26", "July 8-10"
        if (i >= 3 && (prev.isDash() || RANGE_CONNECTORS.contains(prev.lower())
                || prev.lower().equals("through") || prev.is(",")) && t[i - 2].isNumber()
                && MONTHS.contains(t[i - 3].text())) {
            return true;
        }
        return false;
    }

    static boolean isTickerBlock(Doc doc, Doc.Block b) {
        Token[] t = doc.tokens();
        int k = b.firstToken();
        if (k < b.endToken() && b.bullet()) {
            k++;
        }
        // "KGS/USD = 0.01144 0%"
        return k + 3 < b.endToken() && t[k].isWord() && t[k].isAllCaps() && t[k].text().length() == 3
                && t[k + 1].is("/") && t[k + 2].isWord() && t[k + 2].isAllCaps() && t[k + 3].is("=");
    }
}
