package dev.newsgraph.extract.quotation;

import dev.newsgraph.extract.PlaceWords;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Speaker;
import dev.newsgraph.extract.SpeakerKind;
import dev.newsgraph.extract.Tokens;
import dev.newsgraph.extract.person.NameMatcher;
import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the speakers of an article's quotations into people and organisations, with what the article says of them.
 *
 * <p><b>Who.</b> A speaker the article names as a person ({@link PersonNames}), or a name of one to four capitalised
 * words with nothing of an institution in it, is a person. Capitalised words with an institution's word or an
 * acronym in them ("Ministry of Emergency Situations", "National Bank of Tajikistan", "KEGOC"), or a country, are an
 * organisation: kept apart from people, never merged with one. Anything in lower case ("a source", "officials",
 * "the minister" nobody in the article fills, "a KEGOC engineer") is no one in particular: no speaker.
 *
 * <p><b>Name.</b> The recognizer already gives the fullest name the article has ("Torobaev" and "he" are "Bakyt
 * Torobaev"); a surname alone is also matched to a full name of the article in another romanisation ("Tokaev" in an
 * article naming "Kassym-Jomart Tokayev"), and a well-known person's surname to their full name
 * ({@link NameMatcher#known}).
 *
 * <p><b>Titles.</b> Every mention of the person in the article is read for the title written before the name
 * ("Deputy Prime Minister Bakyt Torobaev", "central bank governor Saparov", "Minister of Energy Daler Juma") and for
 * an apposition after it ("Timur Suleimenov, the governor of the National Bank, said"): words of a title
 * ({@code [title-heads]}, {@code [title-modifiers]} of {@code /extract/en/people.txt}), joined by of, for, and, the,
 * with at least one head noun. A country's name or adjective in front of the title, or named after "of" in it, is
 * the country the text states ("Tajik Deputy Prime Minister", "Kyrgyzstan's ambassador", "governor of the National
 * Bank of Kazakhstan"). The title at a quotation is the one of the nearest mention before it.
 */
public final class Speakers {

    private static final Lexicon PEOPLE = Lexicon.of("en", "people");
    private static final Set<String> HEADS = PEOPLE.words("title-heads");
    private static final Set<String> MODIFIERS = PEOPLE.words("title-modifiers");
    private static final Set<String> ORG_NOUNS = Lexicon.of("en", "quotations").words("organisation-nouns");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "on");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");
    /** How far before or after a name a title is looked for. */
    private static final int REACH = 160;

    private Speakers() {
    }

    /**
     * The quotations of {@code text}, each with its speaker as a person or organisation (or none). Linear in the
     * text: each name mention is folded and read for titles once, each distinct speaker worked out once, and the
     * title at a quotation found by binary search among the speaker's mentions.
     */
    public static List<QuotationMention> profile(String text, List<QuotationMention> quotations) {
        if (quotations.isEmpty()) {
            return quotations;
        }
        Mentions mentions = new Mentions(text, PersonNames.find(text));
        Map<String, Profile> profiles = new HashMap<>();
        List<QuotationMention> out = new ArrayList<>(quotations.size());
        for (QuotationMention q : quotations) {
            String said = q.speaker() == null ? "" : q.speaker().strip();
            Profile p;
            if (profiles.containsKey(said)) {
                p = profiles.get(said);
            } else {
                p = said.isEmpty() ? null : profile(text, said, mentions);
                profiles.put(said, p);
            }
            out.add(q.withWho(p == null ? null : p.at(q.start())));
        }
        return out;
    }

    /** The names an article mentions, each folded once, indexed for the speakers. */
    private static final class Mentions {
        final Set<String> lowerNames = new HashSet<>();
        /** Mentions by the key of their name. */
        final Map<String, List<PersonNames.Mention>> byKey = new HashMap<>();
        /** The longest name of two words or more, by the key of its last word. */
        final Map<String, String> fullBySurname = new HashMap<>();
        private final String text;
        private final Map<PersonNames.Mention, List<Titled>> titles = new HashMap<>();

        Mentions(String text, List<PersonNames.Mention> all) {
            this.text = text;
            Map<String, String> keys = new HashMap<>(); // a name's key, each name folded once
            for (PersonNames.Mention m : all) {
                lowerNames.add(m.name().toLowerCase(Locale.ROOT));
                String key = keys.computeIfAbsent(m.name(), n -> String.valueOf(NameMatcher.key(SpeakerKind.PERSON, n)));
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                if (m.name().contains(" ")) {
                    String surname = keys.computeIfAbsent(lastWord(m.name()), n -> String.valueOf(NameMatcher.key(SpeakerKind.PERSON, n)));
                    fullBySurname.merge(surname, m.name(), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }

        /** The titles read at a mention (before the name and in an apposition after it), read once. */
        List<Titled> titlesAt(PersonNames.Mention m) {
            return titles.computeIfAbsent(m, k -> {
                List<Titled> found = new ArrayList<>(2);
                titleBefore(text, k, found);
                titleAfter(text, k, found);
                return found;
            });
        }
    }

    /** What an article says of one speaker: all but the title at a given quotation. */
    private record Profile(SpeakerKind kind, String name, String key, List<Titled> titled, List<String> titles,
                           String country) {

        /** The speaker at a quotation starting at {@code pos}: the title of the nearest mention before it, else after. */
        Speaker at(int pos) {
            String title = null;
            int lo = 0;
            int hi = titled.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (titled.get(mid).at < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0) {
                title = titled.get(lo - 1).title;
            } else if (!titled.isEmpty()) {
                title = titled.get(0).title;
            }
            return new Speaker(kind, name, key, title, titles, country);
        }
    }

    private static Profile profile(String text, String said, Mentions mentions) {
        SpeakerKind kind = kind(said, mentions);
        if (kind == null) {
            return null;
        }
        if (kind == SpeakerKind.ORGANISATION) {
            String name = withoutArticle(said);
            String country = null;
            for (String w : name.split(" ")) {
                if (country == null) {
                    country = PlaceWords.countryCode(w);
                }
            }
            String key = NameMatcher.key(kind, name);
            return key == null ? null : new Profile(kind, name, key, List.of(), List.of(), country);
        }
        String name = fullName(said, mentions);
        String key = NameMatcher.key(SpeakerKind.PERSON, name);
        if (key == null) {
            return null;
        }
        String surname = lastWord(name);
        String surnameKey = NameMatcher.key(SpeakerKind.PERSON, surname);
        List<PersonNames.Mention> theirs = new ArrayList<>(mentions.byKey.getOrDefault(key, List.of()));
        if (surnameKey != null && !surnameKey.equals(key)) {
            for (PersonNames.Mention m : mentions.byKey.getOrDefault(surnameKey, List.of())) {
                if (!m.name().contains(" ")) {
                    theirs.add(m); // "Torobaev" for Bakyt Torobaev
                }
            }
        }
        theirs.sort(Comparator.comparingInt(PersonNames.Mention::start));
        List<Titled> titled = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String country = null;
        for (PersonNames.Mention m : theirs) {
            for (Titled t : mentions.titlesAt(m)) {
                if (t.title != null) {
                    titled.add(t);
                    if (seen.add(t.title.toLowerCase(Locale.ROOT))) {
                        titles.add(t.title);
                    }
                }
                if (country == null) {
                    country = t.country;
                }
            }
        }
        if (country == null) {
            NameMatcher.Known known = NameMatcher.known(surname);
            if (known != null && key.equals(NameMatcher.key(SpeakerKind.PERSON, known.name()))) {
                country = known.country();
            }
        }
        return new Profile(SpeakerKind.PERSON, name, key, titled, titles, country);
    }

    /** Person, organisation, or null for no one in particular. */
    private static SpeakerKind kind(String said, Mentions mentions) {
        if (mentions.lowerNames.contains(said.toLowerCase(Locale.ROOT))) {
            return SpeakerKind.PERSON;
        }
        String name = withoutArticle(said);
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        String[] words = name.split(" ");
        boolean institution = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (JOINERS.contains(lower)) {
                continue;
            }
            if (w.isEmpty() || (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)))) {
                return null; // "KEGOC engineer": someone of an organisation, not named
            }
            String bare = PlaceWords.stripPossessive(w);
            institution |= acronym(bare) || ORG_NOUNS.contains(bare.toLowerCase(Locale.ROOT))
                    || PersonNames.NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT)) || PlaceWords.isPlaceOrOrganisation(bare);
        }
        if (institution) {
            return SpeakerKind.ORGANISATION;
        }
        return words.length <= 4 ? SpeakerKind.PERSON : null;
    }

    /** The full name of the article for a surname alone (in any romanisation), else a well-known person's. */
    private static String fullName(String said, Mentions mentions) {
        if (said.contains(" ")) {
            return said;
        }
        String surname = NameMatcher.key(SpeakerKind.PERSON, said);
        String best = surname == null ? null : mentions.fullBySurname.get(surname);
        if (best != null) {
            return best;
        }
        NameMatcher.Known known = NameMatcher.known(said);
        return known != null ? known.name() : said;
    }

    /** A title found at a mention: where, what, and the country stated with it. */
    private record Titled(int at, String title, String country) {
    }

    /** "Tajik Deputy Prime Minister Usmonali Usmonzoda", "central bank governor Saparov". */
    private static void titleBefore(String text, PersonNames.Mention m, List<Titled> out) {
        int from = Math.max(lineStart(text, m.start()), m.start() - REACH);
        List<int[]> tokens = tokens(text, from, m.start());
        int first = tokens.size(); // first token of the title
        String country = null;
        int k = tokens.size() - 1;
        int end = m.start();
        while (k >= 0) {
            int[] t = tokens.get(k);
            if (!text.substring(t[1], end).equals(" ")) {
                break; // only words separated by single spaces: a comma, a quote mark or a period ends the title
            }
            String word = text.substring(t[0], t[1]);
            String lower = PlaceWords.stripPossessive(word).toLowerCase(Locale.ROOT);
            String code = PlaceWords.countryCode(word);
            if (code != null && !HEADS.contains(lower) && !MODIFIERS.contains(lower)) {
                boolean afterOf = k > 0 && text.substring(tokens.get(k - 1)[0], tokens.get(k - 1)[1]).equalsIgnoreCase("of")
                        && first < tokens.size();
                if (country == null) {
                    country = code;
                }
                if (!afterOf) {
                    break; // "Kazakh Finance Minister": the country in front of the title
                }
                first = k; // "the National Bank of Kazakhstan": part of the title
            } else if (HEADS.contains(lower) || MODIFIERS.contains(lower) || (JOINERS.contains(lower) && first < tokens.size())) {
                first = k;
            } else {
                break;
            }
            end = t[0];
            k--;
        }
        String title = title(text, tokens, first, tokens.size());
        if (title != null || country != null) {
            out.add(new Titled(m.start(), title, country));
        }
    }

    /** "Timur Suleimenov, the governor of the National Bank, said", "Bakyt Torobaev, Kyrgyzstan's Deputy Prime Minister." */
    private static void titleAfter(String text, PersonNames.Mention m, List<Titled> out) {
        int p = m.end();
        if (p + 2 > text.length() || text.charAt(p) != ',' || text.charAt(p + 1) != ' ') {
            return;
        }
        int to = Math.min(lineEnd(text, p), p + REACH);
        List<int[]> tokens = tokens(text, p + 2, to);
        int k = 0;
        String country = null;
        if (k < tokens.size() && ARTICLES.contains(word(text, tokens.get(k)))) {
            k++;
        }
        if (k < tokens.size()) {
            String w = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
            String lower = PlaceWords.stripPossessive(w).toLowerCase(Locale.ROOT);
            String code = PlaceWords.countryCode(w);
            if (code != null && !HEADS.contains(lower) && !MODIFIERS.contains(lower)) {
                country = code;
                k++;
            }
        }
        int first = k;
        if (first >= tokens.size() || !isTitleWord(word(text, tokens.get(first)))) {
            return;
        }
        int last = first;
        boolean ended = false;
        for (int i = first; i < tokens.size() && i - first < 12; i++) {
            int[] t = tokens.get(i);
            String w = text.substring(t[0], t[1]);
            String lower = PlaceWords.stripPossessive(w).toLowerCase(Locale.ROOT);
            if (i > first && !text.substring(tokens.get(i - 1)[1], t[0]).equals(" ")) {
                ended = endsPhrase(text.substring(tokens.get(i - 1)[1], t[0]));
                break;
            }
            if (QuotationRecognizer.isSpeechVerb(lower) || RELATIVES.contains(lower)) {
                ended = true;
                break;
            }
            boolean allowed = isTitleWord(lower) || JOINERS.contains(lower) || ORG_NOUNS.contains(lower)
                    || (i > first && Character.isUpperCase(w.charAt(0)));
            if (!allowed) {
                break;
            }
            if (country == null && i > first && PlaceWords.countryCode(w) != null
                    && text.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]).equalsIgnoreCase("of")) {
                country = PlaceWords.countryCode(w);
            }
            last = i;
            if (i + 1 == tokens.size()) {
                int after = t[1];
                ended = after >= text.length() || endsPhrase(text.substring(after, Math.min(text.length(), after + 1)));
            }
        }
        if (!ended) {
            return;
        }
        String title = title(text, tokens, first, last + 1);
        if (title != null) {
            out.add(new Titled(m.start(), title, country));
        }
    }

    /**
     * Whether the words open with a title in lower case that leads to a capitalised name: "central bank governor
     * Saparov", "trade representative Usenov" (what the recognizer may take for an attribution after a quote).
     */
    static boolean titleBeforeName(String text, List<int[]> tokens) {
        int i = 0;
        boolean head = false;
        while (i < tokens.size() && i < 8) {
            String w = word(text, tokens.get(i));
            if (!(isTitleWord(w) || (i > 0 && JOINERS.contains(w))) || Character.isUpperCase(text.charAt(tokens.get(i)[0]))) {
                break;
            }
            head |= HEADS.contains(w);
            i++;
        }
        return head && i < tokens.size() && Character.isUpperCase(text.charAt(tokens.get(i)[0]));
    }

    private static boolean endsPhrase(String gap) {
        String g = gap.strip();
        return !g.isEmpty() && ",.;:)—–".indexOf(g.charAt(0)) >= 0;
    }

    private static boolean isTitleWord(String lower) {
        return HEADS.contains(lower) || MODIFIERS.contains(lower);
    }

    /** The words from {@code from} to {@code to} as written, without joiners at either end; null without a head noun. */
    private static String title(String text, List<int[]> tokens, int from, int to) {
        while (from < to && (JOINERS.contains(word(text, tokens.get(from))) || ARTICLES.contains(word(text, tokens.get(from))))) {
            from++;
        }
        while (to > from && JOINERS.contains(word(text, tokens.get(to - 1)))) {
            to--;
        }
        boolean head = false;
        for (int i = from; i < to; i++) {
            head |= HEADS.contains(word(text, tokens.get(i)));
        }
        if (!head) {
            return null;
        }
        return PlaceWords.stripPossessive(text.substring(tokens.get(from)[0], tokens.get(to - 1)[1]));
    }

    private static String word(String text, int[] t) {
        return PlaceWords.stripPossessive(text.substring(t[0], t[1])).toLowerCase(Locale.ROOT);
    }

    private static List<int[]> tokens(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Tokens.scan(text, from, to, (s, e) -> out.add(new int[] {s, e}));
        return out;
    }

    private static int lineStart(String text, int pos) {
        int nl = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean acronym(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return Character.isLetter(w.charAt(0));
    }

    private static String withoutArticle(String s) {
        for (String a : new String[] {"the ", "The "}) {
            if (s.startsWith(a)) {
                return s.substring(a.length()).strip();
            }
        }
        return s;
    }

    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
