package dev.newsgraph.extract.quotation;

import dev.newsgraph.extract.PlaceWords;
import dev.newsgraph.extract.Tokens;
import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people an article names, in order, for attributing quotations.
 *
 * <p>A name is a run of two to four capitalised words on one line with nothing but single spaces between them
 * ("Aidarbek Saparov", "Kassym-Jomart Tokayev") that are not titles, places, organisation words or sentence
 * openers. A single capitalised word is a name when a title stands before it ("Minister Sabirov",
 * "President Tokayev"), when it is the surname of a name met earlier ("Saparov" after "Aidarbek Saparov"),
 * or when a speech verb is next to it ("Saparov said", "said Tashiyev"). Possessives are dropped
 * ("Torobaev’s" → "Torobaev"). Headings (short lines without a final period) are skipped: in title case every
 * word is capitalised.
 */
final class PersonNames {

    /** The words of the rules: {@code /extract/en/names.txt}. */
    private static final Lexicon WORDS = Lexicon.ofEvery("names");

    record Mention(int start, int end, String name) {
    }

    /** Titles and roles written before a name (lower case). */
    static final Set<String> TITLES = WORDS.words("titles");

    /** Capitalised words that are not part of a person's name: openers, institutions, places, calendar. */
    static final Set<String> NOT_NAMES = WORDS.words("not-names");

    /** Verbs that, right after a single capitalised word, make it a person ("Torobaev spoke", "Japarov met"). */
    static final Set<String> PERSON_VERBS = WORDS.words("person-verbs");

    /** Particles inside names ("bin", "al", "van"). */
    private static final Set<String> PARTICLES = WORDS.words("particles");
    /** Particles that end a Central Asian name or stand inside it ("Asel Nurbek kyzy", "Bakyt uulu"). */
    private static final Set<String> PATRONYMICS = WORDS.words("patronymic-particles");
    /** Given names that are also place or country words ("Mary", "Jordan"): a name only before a surname. */
    static final Set<String> GIVEN_NAMES = WORDS.words("given-names");

    private PersonNames() {
    }

    /**
     * The people named in {@code text}, in order. Paragraphs are separated by a blank line; headings are
     * skipped.
     */
    static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        int n = text.length();
        int p = 0;
        while (p < n) {
            int e = text.indexOf("\n\n", p);
            if (e < 0) {
                e = n;
            }
            if (!isHeading(text, p, e)) {
                findIn(text, p, e, surnames, out);
            }
            p = e + 2;
        }
        return out;
    }

    private static void findIn(String text, int from, int to, Set<String> surnames, List<Mention> out) {
        List<int[]> tokens = new ArrayList<>();
        Tokens.scan(text, from, to, (s, e) -> tokens.add(new int[] {s, e}));
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(text, tokens.get(i)) && !(GIVEN_NAMES.contains(word(text, tokens.get(i)))
                    && Character.isUpperCase(text.charAt(tokens.get(i)[0])) && i + 1 < tokens.size()
                    && joined(text, tokens.get(i), tokens.get(i + 1)) && isNameWord(text, tokens.get(i + 1)))) {
                i++; // a place word is a given name before a surname: "Mary Robinson", "Jordan Peterson"
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j - i < 5 && joined(text, tokens.get(j - 1), tokens.get(j))
                    && !possessive(text, tokens.get(j - 1))
                    && (isNameWord(text, tokens.get(j))
                    || ((isParticle(text, tokens.get(j)) || PATRONYMICS.contains(word(text, tokens.get(j))))
                    && j + 1 < tokens.size() && isNameWord(text, tokens.get(j + 1))))) {
                j++;
            }
            while (j < tokens.size() && j - i < 6 && joined(text, tokens.get(j - 1), tokens.get(j))
                    && PATRONYMICS.contains(word(text, tokens.get(j)))) {
                j++; // "Gulnara Asanova kyzy", "Nurlan Bakyt uulu"
            }
            int count = j - i;
            int start = tokens.get(i)[0];
            int end = tokens.get(j - 1)[1];
            String name = PlaceWords.stripPossessive(text.substring(start, end));
            if (count >= 2 && count <= 4) {
                out.add(new Mention(start, start + name.length(), name));
                surnames.add(lastWord(name));
            } else if (count == 1) {
                String lower = name.toLowerCase(Locale.ROOT);
                boolean titled = i > 0 && TITLES.contains(word(text, tokens.get(i - 1)));
                boolean speaks = (j < tokens.size() && joined(text, tokens.get(j - 1), tokens.get(j))
                        && (QuotationRecognizer.isSpeechVerb(word(text, tokens.get(j)))
                        || PERSON_VERBS.contains(word(text, tokens.get(j)))))
                        || (i > 0 && QuotationRecognizer.isSpeechVerb(word(text, tokens.get(i - 1))));
                if (titled || surnames.contains(lower) || speaks) {
                    out.add(new Mention(start, start + name.length(), name));
                    surnames.add(lower);
                }
            }
            i = j;
        }
    }

    /** A heading: a short block that does not end like a sentence. */
    static boolean isHeading(String text, int from, int to) {
        if (to - from > 200) {
            return false;
        }
        int k = to - 1;
        while (k > from && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '”'
                || text.charAt(k) == '’' || text.charAt(k) == '»' || text.charAt(k) == ')')) {
            k--;
        }
        return k >= from && ".!?:,;".indexOf(text.charAt(k)) < 0;
    }

    private static boolean isNameWord(String text, int[] t) {
        char c = text.charAt(t[0]);
        if (!Character.isUpperCase(c) || t[1] - t[0] < 2) {
            return false;
        }
        String w = PlaceWords.stripPossessive(text.substring(t[0], t[1]));
        if (w.length() < 2) {
            return false;
        }
        boolean allCaps = true;
        for (int k = 0; k < w.length(); k++) {
            char d = w.charAt(k);
            if (Character.isDigit(d)) {
                return false;
            }
            if (Character.isLowerCase(d)) {
                allCaps = false;
            }
        }
        if (allCaps) {
            return false; // an acronym: NBK, OSCE, KEGOC
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(lower) && !TITLES.contains(lower) && !PlaceWords.isPlaceOrOrganisation(w)
                && !QuotationRecognizer.isSpeechVerb(lower);
    }

    private static boolean isParticle(String text, int[] t) {
        return PARTICLES.contains(text.substring(t[0], t[1]));
    }

    /** Two tokens separated by exactly one space. */
    private static boolean joined(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ';
    }

    private static boolean possessive(String text, int[] t) {
        int n = t[1] - t[0];
        return n > 2 && (text.charAt(t[1] - 2) == '’' || text.charAt(t[1] - 2) == '\'') && text.charAt(t[1] - 1) == 's';
    }

    static String word(String text, int[] t) {
        return text.substring(t[0], t[1]).toLowerCase(Locale.ROOT);
    }

    static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return (sp < 0 ? name : name.substring(sp + 1)).toLowerCase(Locale.ROOT);
    }

}
