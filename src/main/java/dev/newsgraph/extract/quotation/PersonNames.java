package dev.newsgraph.extract.quotation;

import dev.newsgraph.extract.PlaceWords;
import dev.newsgraph.extract.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
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

    record Mention(int start, int end, String name) {
    }

    /** Titles and roles written before a name (lower case). */
    static final Set<String> TITLES = words("""
            president vice prime minister deputy chairman chairwoman chairperson chair head speaker senator
            ambassador governor mayor akim hokim secretary spokesman spokeswoman spokesperson director general
            ceo chief commissioner ombudsman judge prosecutor mr mrs ms dr prof professor sheikh king queen prince
            emir sultan pope patriarch mufti imam colonel major captain lieutenant sergeant mp lawmaker first
            acting former late founder leader member rector dean envoy consul attorney lawyer advocate activist
            journalist blogger expert analyst economist researcher scientist biologist engineer farmer official
            officer commander representative coordinator manager adviser advisor aide assistant counselor
            """);

    /** Capitalised words that are not part of a person's name: openers, institutions, places, calendar. */
    static final Set<String> NOT_NAMES = words("""
            the a an in on at for from with by as after before during since under over according however
            meanwhile currently despite although while when where what who why how it its he she they we i his her
            their our this that these those there here now then also yet but and or if some many most other such
            both each all one two three four five six seven eight nine ten several few any every another new last
            next first second third speaking based once until upon due nearly about around more less not no to of
            earlier later previously additionally furthermore moreover overall thus therefore instead unlike like
            among between through within without following amid today yesterday tomorrow still even only just
            january february march april may june july august september october november december monday
            tuesday wednesday thursday friday saturday sunday
            ministry ministries committee council agency office service department administration parliament senate
            assembly mazhilis majilis kenesh jogorku oliy majlis party union association organization organisation
            foundation institute university academy center centre company corporation group holding exchange
            railway railways airlines airways airport port commission inspectorate police prosecutor's embassy
            consulate republic federation kingdom state states national international global regional central
            development investment energy finance financial economic economics economy affairs foreign internal
            interior justice health education labor labour agriculture transport trade industry digital emergency
            emergencies situations security defense defence culture sports tourism statistics bureau customs tax
            treasury market markets stock program programme project initiative strategy plan forum summit congress
            conference games cup day week year road route corridor highway street avenue square park lake river sea
            mountains mountain valley pass region oblast district province city village town prefecture reserve
            plant station mine field deposit power hydropower dam canal pipeline news times post press radio tv
            television daily gazette review report index act law code article constitution cabinet ministers
            government presidential court supreme audit chamber board bank fund council's world european asian
            eurasian islamic social democratic liberal people's people development cooperation organization
            human rights watch amnesty service's telegram facebook youtube instagram twitter x tiktok whatsapp
            internet online google apple microsoft christmas ramadan eid nowruz navruz covid-19 covid coronavirus
            north south east west northern southern eastern western upper lower greater middle far soviet post-soviet
            gdp eu un ai it
            """);

    /** Verbs that, right after a single capitalised word, make it a person ("Torobaev spoke", "Japarov met"). */
    static final Set<String> PERSON_VERBS = words("""
            spoke met visited arrived attended addressed chaired signed presented proposed thanked praised
            criticized criticised congratulated welcomed received hosted held pointed recalled opened launched
            instructed ordered called invited travelled traveled returned resigned appointed sentenced
            """);

    /** Particles inside names ("bin", "al", "van"). */
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "van", "von", "de", "der", "du",
            "da", "ul", "uly", "kyzy", "qizi", "ogli", "le", "la");

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
            if (!isNameWord(text, tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j - i < 5 && joined(text, tokens.get(j - 1), tokens.get(j))
                    && !possessive(text, tokens.get(j - 1))
                    && (isNameWord(text, tokens.get(j))
                    || (isParticle(text, tokens.get(j)) && j + 1 < tokens.size() && isNameWord(text, tokens.get(j + 1))))) {
                j++;
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

    private static Set<String> words(String block) {
        return Set.copyOf(Arrays.asList(block.strip().split("\\s+")));
    }
}
