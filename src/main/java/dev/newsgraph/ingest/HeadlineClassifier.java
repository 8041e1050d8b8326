package dev.newsgraph.ingest;

import dev.newsgraph.extract.PlaceWords;
import dev.newsgraph.extract.Tokens;
import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from the text alone, whether a line is heading-shaped, and whether a heading-shaped line inside a
 * page starts a new article (a headline) or stands inside the running one (a sub-heading).
 *
 * <p><b>Shape.</b> A heading is one short line (at most 25 words) that starts with a capital letter or a digit,
 * holds no sentence break and does not end with a period, comma, semicolon, colon or ellipsis. It is
 * {@link Shape#TITLE title case} when at least 60% of its words of four letters or more are capitalised,
 * otherwise {@link Shape#SENTENCE sentence case} (older and other sites' headlines), except a sentence-case
 * question, which is an interviewer's line.
 *
 * <p><b>Headline or sub-heading.</b> Both look alike; the score adds up evidence, each signal measured on a
 * digest page's structure:
 * <ul>
 *   <li>length: headlines run to 6–15 words, sub-headings to 2–6;</li>
 *   <li>a headline names a country, demonym, city, organisation or leader ("Kyrgyz Authorities…",
 *       "Aliyev Takes Aim…"), and more so one the running article has not mentioned; sub-headings rarely do;</li>
 *   <li>a headline has a headline verb ("Proposes", "to Monitor", "Arrested in"); sub-headings are often
 *       noun phrases ("Energy Shortages and Long-Term Solutions");</li>
 *   <li>a sub-heading reuses the running article's topic words (those of its headline, sub-headings and lead,
 *       or used in two paragraphs); a headline brings new words;</li>
 *   <li>a sub-heading needs an article with paragraphs before it, and rarely comes right after the lead, where
 *       a headline never does (articles have several paragraphs); an article with sub-headings tends to have
 *       more;</li>
 *   <li>what closes an article ("Continue reading", "As previously reported by…") comes before a headline;</li>
 *   <li>the paragraph after a headline opens a story: a dateline ("DUSHANBE (TCA) —"), new names; the
 *       paragraph after a sub-heading continues one: a pronoun, "also", names the article already used
 *       ("Saparov cited…").</li>
 * </ul>
 */
final class HeadlineClassifier {

    enum Shape { TITLE, SENTENCE, NONE }

    /** A line written mostly in Cyrillic letters. */
    static boolean isCyrillic(String line) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            }
        }
        return cyrillic > latin;
    }

    /** The words of the rules: {@code /extract/en/headlines.txt}. */
    private static final Lexicon WORDS = Lexicon.ofEvery("headlines");

    /** The weights of the evidence, data: {@code /extract/weights.txt}, section {@code [headline]}. */
    private static final Weights W = new Weights(Lexicon.of("weights"));

    /** Score at which a heading-shaped line starts a new article on a digest page. */
    static final double DIGEST_THRESHOLD = W.digestThreshold;
    /**
     * Score at which a heading-shaped line starts a new article on a page without a ticker, where it also needs a
     * closing line before it or a dateline after it ({@link #opensStory}).
     */
    static final double SINGLE_THRESHOLD = W.singleThreshold;

    /** The weights of {@link #score}, read once. */
    private static final class Weights {
        final double digestThreshold;
        final double singleThreshold;
        /** By the candidate's word count: 0, 1, 2, … 10 or more. */
        final double[] length = new double[11];
        /** By the running article's paragraphs: index 1 for none or one, 2, 3, 4 for more. */
        final double[] paragraphs = new double[5];
        final double place;
        final double placeFirst;
        final double newCountry;
        final double someNewCountry;
        final double passingCountry;
        final double verb;
        final double nounPair;
        final double sentenceCase;
        final double closed;
        final double perHeading;
        final double sharedWords;
        final double someSharedWords;
        final double newWords;
        final double dateline;
        final double anaphora;
        final double also;
        final double knownName;
        final double knownPlaces;
        final double newNames;

        Weights(Lexicon data) {
            java.util.function.ToDoubleFunction<String> w = key -> data.number("headline", key);
            digestThreshold = w.applyAsDouble("digest-threshold");
            singleThreshold = w.applyAsDouble("single-threshold");
            for (int n = 0; n < length.length; n++) {
                length[n] = w.applyAsDouble(n < 2 ? "words-2" : n >= 10 ? "words-10" : n == 9 ? "words-8" : "words-" + n);
            }
            paragraphs[1] = w.applyAsDouble("paragraphs-1");
            paragraphs[2] = w.applyAsDouble("paragraphs-2");
            paragraphs[3] = w.applyAsDouble("paragraphs-3");
            paragraphs[4] = w.applyAsDouble("paragraphs-4");
            place = w.applyAsDouble("place");
            placeFirst = w.applyAsDouble("place-first");
            newCountry = w.applyAsDouble("new-country");
            someNewCountry = w.applyAsDouble("some-new-country");
            passingCountry = w.applyAsDouble("passing-country");
            verb = w.applyAsDouble("headline-verb");
            nounPair = w.applyAsDouble("noun-pair");
            sentenceCase = w.applyAsDouble("sentence-case");
            closed = w.applyAsDouble("after-closing-line");
            perHeading = w.applyAsDouble("per-heading");
            sharedWords = w.applyAsDouble("shared-words");
            someSharedWords = w.applyAsDouble("some-shared-words");
            newWords = w.applyAsDouble("new-words");
            dateline = w.applyAsDouble("dateline-after");
            anaphora = w.applyAsDouble("anaphora-after");
            also = w.applyAsDouble("also-after");
            knownName = w.applyAsDouble("known-name-after");
            knownPlaces = w.applyAsDouble("known-places-after");
            newNames = w.applyAsDouble("new-names-after");
        }
    }

    /** Verbs of news headlines, base form; their -s, -ed and "to …" forms count. */
    private static final Set<String> VERBS = WORDS.words("headline-verbs");

    private static final Set<String> IRREGULAR_PARTICIPLES = WORDS.words("irregular-participles");

    /** Words that, opening a paragraph, refer back to what the article already said. */
    private static final Set<String> ANAPHORA = WORDS.words("anaphora");

    /** Capitalised words that are not names: sentence openers, months, days, titles. */
    private static final Set<String> NOT_ENTITIES = WORDS.words("not-entities");

    private HeadlineClassifier() {
    }

    static Shape shape(String line) {
        int n = line.length();
        if (n < 2 || n > 200 || Boilerplate.wordCount(line) > 25) {
            return Shape.NONE;
        }
        int first = 0;
        while (first < n && isOpeningMark(line.charAt(first))) {
            first++;
        }
        if (first >= n) {
            return Shape.NONE;
        }
        char f = line.charAt(first);
        if (!(Character.isUpperCase(f) || Character.isDigit(f) || f == '$' || f == '€' || Character.isTitleCase(f))) {
            return Shape.NONE;
        }
        int last = n - 1;
        while (last > 0 && Boilerplate.isClosingMark(line.charAt(last))) {
            last--;
        }
        char l = line.charAt(last);
        // a period inside closing quotes may end a title-case headline: Japarov Says “We Will Not Back Down.”
        boolean quotedPeriod = l == '.' && last < n - 1 && line.charAt(last + 1) != ')';
        if (l == ',' || l == ';' || l == ':' || l == '…'
                || (l == '.' && !quotedPeriod && !endsWithAbbreviation(line, last))) {
            return Shape.NONE;
        }
        if (isListItem(line)) {
            return Shape.NONE;
        }
        // a sentence break inside ("… in May. The …") makes it a paragraph
        for (int i = 1; i < n - 2; i++) {
            if (line.charAt(i) == '.' && line.charAt(i + 1) == ' ' && Character.isLowerCase(line.charAt(i - 1))
                    && (Character.isUpperCase(line.charAt(i + 2)) || isOpeningMark(line.charAt(i + 2)))
                    && !Tokens.isAbbreviation(line, i)) {
                return Shape.NONE;
            }
        }
        int longWords = 0;
        int capitalised = 0;
        int shortWords = 0;
        int shortCapitalised = 0;
        for (String t : Words.tokens(line)) {
            if (!Character.isLetter(t.charAt(0))) {
                continue;
            }
            boolean cap = Character.isUpperCase(t.charAt(0));
            if (t.length() >= 4) {
                longWords++;
                capitalised += cap ? 1 : 0;
            } else {
                shortWords++;
                shortCapitalised += cap ? 1 : 0;
            }
        }
        if (longWords == 0 && shortWords == 0) {
            return Shape.NONE;
        }
        double ratio = longWords > 0 ? (double) capitalised / longWords : (double) shortCapitalised / shortWords;
        if (quotedPeriod) {
            // nearly every word capitalised, or it is a sentence: According to Minister Daler Juma, “Rogun will …”
            return ratio >= 0.85 ? Shape.TITLE : Shape.NONE;
        }
        if (ratio >= 0.6 || isCyrillic(line) && l != '?') {
            return Shape.TITLE; // Russian headings, headlines and sub-headings alike, are written in sentence case
        }
        // a question in sentence case is an interviewer's line ("TCA: What comes next for the project?")
        return l == '?' ? Shape.NONE : Shape.SENTENCE;
    }

    /** True for a numbered list item ("1. …", "2) …"). */
    static boolean isListItem(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && line.charAt(i + 1) == ' ';
    }

    private static boolean endsWithAbbreviation(String line, int dot) {
        // "… With the U.S." ends with an abbreviation, not a sentence
        return dot >= 3 && line.charAt(dot - 2) == '.' && Character.isUpperCase(line.charAt(dot - 1));
    }

    static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '(' || c == '[' || c == '„';
    }

    /**
     * What the splitter knows about the article it is filling, for comparing a candidate line with it. Paragraphs
     * are only read when a candidate is scored (most are never needed), each at most once.
     */
    static final class RunningArticle {
        /** Stems of the headline, the sub-headings and the lead paragraph: what the article is about. */
        private final Set<String> topicStems = new HashSet<>();
        /** For each stem of the other paragraphs, how many paragraphs use it. */
        private final Map<String, Integer> stemParagraphs = new HashMap<>();
        private final Set<String> entities = new HashSet<>();
        private final Set<String> headlineCountries = new HashSet<>();
        private final Map<String, Integer> countryCounts = new HashMap<>();
        private final List<String> unread = new ArrayList<>();
        private boolean readLead;
        private int topCount;
        int paragraphs;
        int headings;
        String lastParagraph = "";

        void addHeadline(String title) {
            String previous = null;
            PlaceWords.Entry previousEntry = null;
            for (String t : Words.tokens(title)) {
                Words.addStems(t, topicStems);
                PlaceWords.Entry entry = PlaceWords.lookup(t);
                addCountries(previousEntry, previous, t, entry, headlineCountries);
                if (entry != null && (entry.isPlaceOrOrganisation() || entry.leader())) {
                    entities.add(key(t));
                }
                previous = t;
                previousEntry = entry;
            }
        }

        void addHeading(String heading) {
            headings++;
            for (String t : Words.tokens(heading)) {
                Words.addStems(t, topicStems);
            }
        }

        void addParagraph(String p) {
            paragraphs++;
            lastParagraph = p;
            unread.add(p);
        }

        private void read() {
            for (String p : unread) {
                read(p);
            }
            unread.clear();
        }

        private void read(String p) {
            int[] previousEnd = {0};
            String[] previousCapitalised = {null};
            PlaceWords.Entry[] previousEntry = {null};
            Set<String> codes = new HashSet<>(2);
            Set<String> paragraphStems = new HashSet<>();
            Tokens.scan(p, 0, p.length(), (start, end) -> {
                if (end - start >= 4) {
                    Words.addStems(p, start, end, paragraphStems);
                }
                String t = null;
                PlaceWords.Entry entry = null;
                if (Character.isUpperCase(p.charAt(start))) {
                    t = p.substring(start, end);
                    entry = PlaceWords.lookup(t);
                    codes.clear();
                    boolean adjacent = previousEnd[0] == start - 1;
                    addCountries(adjacent ? previousEntry[0] : null, adjacent ? previousCapitalised[0] : null, t, entry,
                            codes);
                    for (String c : codes) {
                        topCount = Math.max(topCount, countryCounts.merge(c, 1, Integer::sum));
                    }
                    // a word opening a sentence is capitalised anyway: only places count there
                    boolean sentenceStart = start <= 2 || opensSentence(p, previousEnd[0], start);
                    if (isEntity(t) && (!sentenceStart || entry != null && entry.isPlaceOrOrganisation())) {
                        entities.add(key(t));
                    }
                }
                previousEnd[0] = end;
                previousCapitalised[0] = t;
                previousEntry[0] = entry;
            });
            if (!readLead) {
                topicStems.addAll(paragraphStems);
                readLead = true;
            } else {
                for (String stem : paragraphStems) {
                    stemParagraphs.merge(stem, 1, Integer::sum);
                }
            }
        }

        /** True for a stem the article is about: in its headline, a sub-heading, its lead or two paragraphs. */
        boolean isTopic(String stem) {
            read();
            return topicStems.contains(stem) || stemParagraphs.getOrDefault(stem, 0) >= 2;
        }

        Set<String> entities() {
            read();
            return entities;
        }

        /** A country the article names anywhere. */
        boolean mentions(String code) {
            read();
            return headlineCountries.contains(code) || countryCounts.containsKey(code);
        }

        /** A country the article is about: named in its headline or about as often as its most named one. */
        boolean isMainCountry(String code) {
            read();
            if (headlineCountries.contains(code)) {
                return true;
            }
            Integer n = countryCounts.get(code);
            return n != null && n >= 2 && n * 4 >= topCount;
        }
    }

    /**
     * The evidence that {@code candidate} starts a new article rather than a section of {@code article}. Positive
     * values favour a headline; compare with {@link #DIGEST_THRESHOLD} or {@link #SINGLE_THRESHOLD}.
     *
     * @param next   the paragraph after the candidate, or {@code null} when another heading follows
     * @param closed whether a closing line ("Continue reading") stands between the article and the candidate
     */
    static double score(String candidate, Shape shape, RunningArticle article, String next, boolean closed) {
        List<String> tokens = Words.tokens(candidate);
        int words = Boilerplate.wordCount(candidate);
        double s = lengthScore(words);

        Set<String> codes = new HashSet<>();
        boolean place = false;
        boolean firstIsPlace = false;
        String previous = null;
        PlaceWords.Entry previousEntry = null;
        Set<String> own = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            PlaceWords.Entry entry = PlaceWords.lookup(t);
            addCountries(previousEntry, previous, t, entry, codes);
            boolean named = entry != null && (entry.isPlaceOrOrganisation() || entry.leader());
            place |= named;
            firstIsPlace |= i == 0 && named;
            if (entry == null || !entry.isPlaceOrOrganisation()) {
                Words.addStems(t, own);
            }
            previous = t;
            previousEntry = entry;
        }
        if (place) {
            s += W.place;
            if (firstIsPlace) {
                s += W.placeFirst;
            }
        }
        if (!codes.isEmpty()) {
            long main = codes.stream().filter(article::isMainCountry).count();
            long mentioned = codes.stream().filter(article::mentions).count();
            if (mentioned == 0) {
                s += W.newCountry; // a country the running article never named
            } else if (mentioned < codes.size()) {
                s += W.someNewCountry;
            } else if (main == 0) {
                s += W.passingCountry; // named in passing only
            }
        }
        boolean verb = hasHeadlineVerb(tokens);
        if (verb) {
            s += W.verb;
        } else if (!place && candidate.contains(" and ")) {
            s += W.nounPair; // "Energy Shortages and Long-Term Solutions"
        }
        if (shape == Shape.SENTENCE && !isCyrillic(candidate)) {
            s += W.sentenceCase; // Russian headlines are all in sentence case: no evidence there
        }

        s += switch (article.paragraphs) {
            case 0, 1 -> W.paragraphs[1];
            case 2 -> W.paragraphs[2];
            case 3 -> W.paragraphs[3];
            default -> W.paragraphs[4];
        };
        if (closed) {
            s += W.closed;
        }
        // an article that already has sub-headings is more likely to have one more
        s += Math.min(article.headings, 2) * W.perHeading;

        // vocabulary shared with the running article (places aside: they are counted above)
        if (!own.isEmpty()) {
            long shared = own.stream().filter(article::isTopic).count();
            double overlap = (double) shared / own.size();
            if (overlap >= 0.34) {
                s += W.sharedWords;
            } else if (overlap >= 0.2) {
                s += W.someSharedWords;
            } else if (shared == 0 && own.size() >= 2) {
                s += W.newWords;
            }
        }

        if (next != null) {
            if (opensStory(next)) {
                s += W.dateline;
            }
            String sentence = Words.firstSentence(next);
            List<String> nextTokens = Words.tokens(sentence);
            if (!nextTokens.isEmpty() && ANAPHORA.contains(nextTokens.get(0).toLowerCase(Locale.ROOT))) {
                s += W.anaphora;
            }
            if (sentence.contains(" also ")) {
                s += W.also;
            }
            int names = 0;
            int known = 0;
            int knownNames = 0;
            for (int i = 0; i < nextTokens.size(); i++) {
                String t = nextTokens.get(i);
                if (!isEntity(t)) {
                    continue;
                }
                PlaceWords.Entry entry = PlaceWords.lookup(t);
                boolean isPlace = entry != null && entry.isPlaceOrOrganisation();
                if (i == 0 && !isPlace && !article.entities().contains(key(t))) {
                    continue;
                }
                names++;
                String code = entry == null ? null : entry.code();
                if (article.entities().contains(key(t)) || (code != null && article.isMainCountry(code))) {
                    known++;
                    knownNames += isPlace ? 0 : 1;
                }
            }
            if (known * 4 >= names * 3 && (knownNames >= 1 || names >= 2)) {
                s += knownNames >= 1 ? W.knownName : W.knownPlaces; // "Saparov cited…", "Japarov emphasized that Osh International Airport…"
            } else if (names >= 3 && known * 4 <= names) {
                s += W.newNames;
            }
        }
        return s;
    }

    /** True when a paragraph opens with a dateline ("DUSHANBE (TCA) —", "Baku, Azerbaijan, June 18. …"). */
    static boolean opensStory(String paragraph) {
        return paragraph != null && (Boilerplate.hasAgencyPrefix(paragraph) || Boilerplate.isPlaceDateline(paragraph, true));
    }

    private static double lengthScore(int words) {
        return W.length[Math.min(words, W.length.length - 1)];
    }

    /** "Kazakhstan Proposes…", "Osh Airport to Undergo…", "Authorities Tighten…", "Citizens Arrested in…". */
    static boolean hasHeadlineVerb(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            String prev = tokens.get(i - 1);
            if (prev.equalsIgnoreCase("to") && VERBS.contains(t)) {
                return true;
            }
            if (t.endsWith("s") && isVerb(t.substring(0, t.length() - 1))
                    || t.endsWith("es") && isVerb(t.substring(0, t.length() - 2))
                    || t.endsWith("ies") && isVerb(t.substring(0, t.length() - 3) + "y")) {
                return true;
            }
            if (i >= 2 && VERBS.contains(t) && prev.length() > 3 && prev.endsWith("s")
                    && Character.isUpperCase(prev.charAt(0))) {
                return true; // plural subject: "Russian Inflows Drive"
            }
            boolean participle = IRREGULAR_PARTICIPLES.contains(t)
                    || t.endsWith("ed") && (isVerb(t.substring(0, t.length() - 2)) || isVerb(t.substring(0, t.length() - 1))
                    || t.endsWith("ied") && isVerb(t.substring(0, t.length() - 3) + "y")
                    || t.length() > 5 && t.charAt(t.length() - 3) == t.charAt(t.length() - 4)
                    && isVerb(t.substring(0, t.length() - 3)));
            if (participle) {
                boolean last = i == tokens.size() - 1;
                boolean beforeLowercase = !last && Character.isLowerCase(tokens.get(i + 1).charAt(0));
                if (last || beforeLowercase) {
                    return true; // "Citizens Arrested in Istanbul", "Project Approved"
                }
            }
        }
        return false;
    }

    private static boolean isVerb(String base) {
        return base.length() >= 2 && VERBS.contains(base);
    }

    static boolean isEntity(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        if (token.length() == 2 && !Character.isUpperCase(token.charAt(1))) {
            return false;
        }
        return !NOT_ENTITIES.contains(key(token));
    }

    static String key(String token) {
        return PlaceWords.stripPossessive(token).toLowerCase(Locale.ROOT);
    }

    /**
     * Adds the country {@code token} names ({@code entry} is its lookup) to {@code into}: alone, after
     * {@code previous} ("United States"), or in a hyphenated word ("China-Kyrgyzstan-Uzbekistan").
     */
    private static void addCountries(PlaceWords.Entry previousEntry, String previous, String token,
                                     PlaceWords.Entry entry, Set<String> into) {
        String pair = previous == null ? null : PlaceWords.countryCode(previousEntry, previous, token);
        if (pair != null) {
            into.add(pair);
        } else if (entry != null && entry.code() != null) {
            into.add(entry.code());
        } else if (token.indexOf('-') > 0) {
            for (String part : token.split("-")) {
                String c = PlaceWords.countryCode(part);
                if (c != null) {
                    into.add(c);
                }
            }
        }
    }

    private static boolean opensSentence(String p, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            char c = p.charAt(i);
            if (c == ' ' || isOpeningMark(c)) {
                continue;
            }
            return (c == '.' || c == '!' || c == '?' || c == ':') && !(c == '.' && Tokens.isAbbreviation(p, i));
        }
        return false;
    }
}
