package dev.newsgraph.extract.quotation;

import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.PlaceWords;
import dev.newsgraph.extract.Tokens;
import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds direct speech in an article's text ({@link dev.newsgraph.extract.ArticleText#text()}: blocks separated
 * by a blank line) and who said it. Plain Java, thread-safe, linear in the text (hand-written scanning, every
 * look-around bounded).
 *
 * <p><b>Quotes</b> ({@link QuoteSpans}). Within a paragraph: {@code “…”}, straight {@code "…"} (the two mixed
 * freely, as scraped pages do), {@code «…»}, and {@code ‘…’} when an apostrophe cannot be meant. A quote opened
 * at the start of a paragraph and never closed runs to its end (speech going on into the next paragraph); a
 * closing mark with no opening one before it closes a quote from the paragraph start (an opening mark lost in
 * scraping), kept only when a speech verb follows it. The quotation's text is what stands between the marks,
 * with a trailing comma or period inside them kept as written; offsets point into the article text.
 *
 * <p><b>Not speech.</b> Scare quotes and names in quotation marks: a quote of fewer than three words, a
 * title-case phrase ({@code the "Tariff in Exchange for Investment" program}), a quote right after an article,
 * possessive or preposition ({@code Kazakhstan’s “70/30” initiative}) or a lower-case fragment of fewer than six
 * words, unless it ends like a sentence; and any quote no speaker can be found for.
 *
 * <p><b>Speaker.</b> In this order:
 * <ol>
 *   <li>after the quote, in its sentence: {@code “…,” Saparov stated}, {@code “…,” said Tajik Deputy Prime
 *       Minister Usmonali Usmonzoda}, {@code “…,” central bank governor Saparov said}, {@code “…,” Almasadam Satkaliyev, the head of the agency, told journalists},
 *       {@code “…,” according to Tashiyev};</li>
 *   <li>before it, in its sentence: {@code Saparov said: “…”}, {@code Timur Suleimenov, the governor of the
 *       National Bank, said: "…"}, {@code According to Energy Minister Daler Juma, “…”}, and colon attribution
 *       {@code Tokayev: “…”};</li>
 *   <li>a quote that opens a sentence right after an attributed one ({@code “…,” he said. “…”}), or opens a
 *       paragraph after a paragraph that ended in an attributed quote or with a colon ({@code Saidov said:}),
 *       continues that speaker; an unclosed quote is said by whoever says its continuation.</li>
 * </ol>
 * People are found by {@link PersonNames}. A pronoun ({@code he}, {@code she}) or a role ({@code the minister})
 * is resolved to the person the text is about: the subject (first person named) of the latest sentence before
 * the quote that names someone, outside quotes. Titles are dropped ({@code Minister Sabirov} → {@code Sabirov});
 * a surname alone is given as written. An anonymous speaker ({@code the source}, {@code a witness}) is given as
 * written, never resolved. An organisation ({@code the ministry said}) is named by the nearest capitalised name
 * headed by that word ({@code Ministry of Emergency Situations}), or by the words as written.
 */
public final class QuotationRecognizer {

    /** The words of the rules: {@code /extract/en/quotations.txt}. */
    private static final Lexicon WORDS = Lexicon.ofEvery("quotations");

    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");

    private static final Set<String> PERSON_ROLES = WORDS.words("person-roles");

    private static final Set<String> ANONYMOUS = WORDS.words("anonymous");

    private static final Set<String> ORG_NOUNS = WORDS.words("organisation-nouns");

    private static final Set<String> NAMING_WORDS = WORDS.words("naming-words");
    private static final Set<String> GROUPS = WORDS.words("groups");
    private static final Set<String> QUOTING_VERBS = WORDS.words("quoting-verbs");
    private static final Set<String> ADVERBS = WORDS.words("adverbs");
    /** "according to", "по словам": the speaker follows. */
    private static final Set<String> ACCORDING = WORDS.words("according");
    /** Genitive endings of names and their nominative ("ова = ов"), longest first. */
    private static final List<java.util.Map.Entry<String, String>> GENITIVE = WORDS.mapIfAny("genitive").entrySet()
            .stream().sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();

    /** One word of a name from the genitive: "Ибраева" → "Ибраев", "Асановой" → "Асанова". */
    static String nominativeWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (java.util.Map.Entry<String, String> e : GENITIVE) {
            String ending = e.getKey();
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                String replacement = "-".equals(e.getValue()) ? "" : e.getValue();
                return word.substring(0, word.length() - ending.length()) + replacement;
            }
        }
        return word;
    }

    private static final int WINDOW = 300;

    /** Returns the quotations of {@code articleText} in order of appearance. */
    public List<QuotationMention> find(String articleText) {
        String text = articleText == null ? "" : articleText;
        List<int[]> paragraphs = paragraphs(text);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean nextOpensQuote = i + 1 < paragraphs.size() && opensWithQuote(text, paragraphs.get(i + 1)[0],
                    paragraphs.get(i + 1)[1]);
            QuoteSpans.find(text, paragraphs.get(i)[0], paragraphs.get(i)[1], i, nextOpensQuote, spans);
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Context ctx = new Context(text, paragraphs, spans, PersonNames.find(text));
        boolean[] speech = new boolean[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            speech[k] = isSpeechLike(text, s);
            if (speech[k]) {
                s.speaker = ctx.speakerOf(k);
            }
        }
        // speech left open at a paragraph's end is said by whoever says its continuation in the next one
        for (int k = spans.size() - 2; k >= 0; k--) {
            Span s = spans.get(k);
            Span next = spans.get(k + 1);
            if (speech[k] && s.speaker == null && !s.closed(text) && next.speaker != null
                    && next.paragraph == s.paragraph + 1 && next.open == paragraphs.get(next.paragraph)[0]) {
                s.speaker = next.speaker;
            }
        }
        List<QuotationMention> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (speech[k] && s.speaker != null) {
                out.add(new QuotationMention(ctx.fullest(s.speaker), text.substring(s.textStart, s.textEnd), s.textStart,
                        s.textEnd));
            }
        }
        return out;
    }

    /** A paragraph that opens with a quotation mark: speech going on from the paragraph before. */
    private static boolean opensWithQuote(String text, int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        return k < to && (text.charAt(k) == '“' || text.charAt(k) == '«' || text.charAt(k) == '„' || text.charAt(k) == '"');
    }

    static boolean isSpeechVerb(String lowerWord) {
        return SPEECH_VERBS.contains(lowerWord);
    }

    /** A quote between two marks (or from an opening mark to the paragraph end). */
    static final class Span {
        final int open;       // offset of the opening mark
        final int close;      // offset of the closing mark, or the paragraph end when not closed
        final int textStart;  // the quoted words, trimmed
        final int textEnd;
        final int paragraph;  // index of its paragraph
        final boolean single; // ‘…’
        boolean headless;     // its opening mark was lost: it starts the paragraph
        String speaker;

        Span(int open, int close, int textStart, int textEnd, int paragraph, boolean single) {
            this.open = open;
            this.close = close;
            this.textStart = textStart;
            this.textEnd = textEnd;
            this.paragraph = paragraph;
            this.single = single;
        }

        boolean closed(String text) {
            return close < text.length() && isClosingMark(text.charAt(close));
        }
    }

    /** The filters for scare quotes, names and fragments. */
    private static boolean isSpeechLike(String text, Span s) {
        int[] counts = new int[3]; // words, words of four letters or more, of which capitalised
        Tokens.scan(text, s.textStart, s.textEnd, (a, b) -> {
            counts[0]++;
            if (b - a >= 4 && Character.isLetter(text.charAt(a))) {
                counts[1]++;
                if (Character.isUpperCase(text.charAt(a))) {
                    counts[2]++;
                }
            }
        });
        int words = counts[0];
        if (words == 0) {
            return false;
        }
        char last = text.charAt(s.textEnd - 1);
        boolean endsLikeSpeech = last == '.' || last == ',' || last == '!' || last == '?' || last == '…';
        // Russian punctuation stands outside the marks: «…», — заявил X; X сообщил: «…»; по словам X, «…»
        boolean nameLike = counts[1] > 0 && counts[2] * 10 >= counts[1] * 7 && words <= 10;
        if (!endsLikeSpeech && !nameLike && words >= 2 && (s.closed(text) && dashAfter(text, s.close + 1)
                || colonBefore(text, s.open) || afterAccording(text, s.open))) {
            return true;
        }
        if (s.single && (!endsLikeSpeech || words < 4)) {
            return false;
        }
        if (!s.closed(text) && words < 4) {
            return false;
        }
        if (endsLikeSpeech) {
            return words >= 2;
        }
        if (words < 3) {
            return false; // a scare quote: accusing it of a “cover-up”
        }
        if (counts[1] > 0 && counts[2] * 10 >= counts[1] * 7 && words <= 10) {
            return false; // a name: the "Tariff in Exchange for Investment" program
        }
        String before = wordBefore(text, s.open);
        if (before != null && (NAMING_WORDS.contains(before) || before.endsWith("’s") || before.endsWith("'s"))) {
            return false; // the so-called “…”, Kazakhstan’s “70/30 Energy Split” initiative
        }
        return !(Character.isLowerCase(text.charAt(s.textStart)) && words < 6);
    }

    /** {@code », —}: a dash (after an optional comma) right after a closing mark. */
    private static boolean dashAfter(String text, int from) {
        int k = from;
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '—' || text.charAt(k) == '–');
    }

    /** "По словам Ибраева, «…»": the clause before the mark opens with "according to" and a name. */
    private static boolean afterAccording(String text, int open) {
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) != ',') {
            return false;
        }
        int from = k;
        while (from > 0 && k - from < 80 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '.') {
            from--;
        }
        String clause = text.substring(from, k).strip().toLowerCase(Locale.ROOT);
        for (String a : ACCORDING) {
            if (clause.startsWith(a + " ")) {
                return true;
            }
        }
        return false;
    }

    /** {@code : «}: a colon right before an opening mark. */
    private static boolean colonBefore(String text, int open) {
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    /** The lower-case word right before {@code pos} (spaces skipped), or null at the paragraph start. */
    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '’'
                || text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '-')) {
            b--;
        }
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    static boolean isClosingMark(char c) {
        return c == '”' || c == '"' || c == '»' || c == '’' || c == '“';
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int p = 0;
        int n = text.length();
        while (p <= n) {
            int e = text.indexOf("\n\n", p);
            if (e < 0) {
                e = n;
            }
            out.add(new int[] {p, e});
            p = e + 2;
        }
        return out;
    }

    /** What the speaker search needs: the text, its paragraphs, quotes and people. */
    private static final class Context {
        private final String text;
        private final List<int[]> paragraphs;
        private final List<Span> spans;
        private final List<PersonNames.Mention> people;
        private final int[] peopleStarts;
        /** The distinct names of people, by their last word (lower case), for {@link #fullest}. */
        private final java.util.Map<String, List<String>> namesByLastWord = new java.util.HashMap<>();

        Context(String text, List<int[]> paragraphs, List<Span> spans, List<PersonNames.Mention> mentions) {
            this.text = text;
            this.paragraphs = paragraphs;
            this.spans = spans;
            // people named inside quotes do not speak them
            List<PersonNames.Mention> outside = new ArrayList<>();
            int k = 0;
            for (PersonNames.Mention m : mentions) {
                while (k < spans.size() && spans.get(k).close < m.start()) {
                    k++;
                }
                boolean inside = k < spans.size() && spans.get(k).open < m.start() && m.start() < spans.get(k).close;
                if (!inside) {
                    outside.add(m);
                }
            }
            this.people = outside;
            this.peopleStarts = outside.stream().mapToInt(PersonNames.Mention::start).toArray();
            for (PersonNames.Mention m : mentions) {
                List<String> names = namesByLastWord.computeIfAbsent(PersonNames.lastWord(m.name()), w -> new ArrayList<>(2));
                if (!names.contains(m.name()) && names.size() < 8) {
                    names.add(m.name());
                }
            }
        }

        /**
         * The fullest name the article gives the speaker: "Mamadov" is "Ibrahim Mamadov" when the article named him
         * so (the longest name of a person whose words end with the speaker's).
         */
        String fullest(String speaker) {
            String best = speaker;
            String suffix = " " + speaker.toLowerCase(Locale.ROOT);
            for (String name : namesByLastWord.getOrDefault(PersonNames.lastWord(speaker), List.of())) {
                if (name.length() > best.length() && (" " + name.toLowerCase(Locale.ROOT)).endsWith(suffix)) {
                    best = name;
                }
            }
            return best;
        }

        String speakerOf(int k) {
            Span s = spans.get(k);
            int[] para = paragraphs.get(s.paragraph);
            if (s.closed(text)) {
                String after = after(s, para[1]);
                if (after != null || s.headless) {
                    return after;
                }
            }
            String before = before(s, k, para[0]);
            if (before != null) {
                return before;
            }
            String continued = continued(s, k, para[0]);
            return continued != null ? continued : namedBefore(s, k, para[0]);
        }

        /**
         * A quote that stands alone as whole sentences, with no attribution, right after a sentence that names a
         * person: "Deputy Prime Minister X spoke at the forum. “We will …”" is X's.
         */
        private String namedBefore(Span s, int k, int paraStart) {
            int from = sentenceStart(s.open, paraStart, k);
            if (!blank(from, s.open) || !s.closed(text) || (k > 0 && spans.get(k - 1).close >= Math.max(0, from - 2))) {
                return null;
            }
            char last = text.charAt(s.textEnd - 1);
            int[] words = {0};
            Tokens.scan(text, s.textStart, s.textEnd, (a, b) -> words[0]++);
            if ((last != '.' && last != '!' && last != '?') || words[0] < 5) {
                return null;
            }
            int end = from;
            if (from == paraStart) {
                if (s.paragraph == 0) {
                    return null;
                }
                end = paragraphs.get(s.paragraph - 1)[1];
            }
            int prevStart = lastSentenceStart(Math.max(0, end - WINDOW), Math.max(0, end - 1));
            PersonNames.Mention m = firstPersonBetween(prevStart, end);
            return m == null ? null : m.name();
        }

        /** "…,” he said." / "…,” said Tokayev." / "…,” Saparov stated." / "…,” according to X." */
        private String after(Span s, int paraEnd) {
            int a = s.close + 1;
            int end = clauseEnd(a, paraEnd);
            List<int[]> tokens = tokens(a, end);
            if (tokens.isEmpty()) {
                return null;
            }
            int limit = Math.min(tokens.size(), 16);
            for (int v = 0; v < limit; v++) {
                String w = PersonNames.word(text, tokens.get(v));
                if (isAccording(tokens, v)) {
                    return v == 0 ? nominative(subjectAfter(tokens, v + 2, end, s.open)) : null;
                }
                if (QUOTING_VERBS.contains(w) && v > 0) {
                    // "…,” the press service quoted Deputy Minister Nodir Yusupov as saying
                    PersonNames.Mention quoted = firstPersonBetween(tokens.get(v)[1], end);
                    if (quoted != null) {
                        return quoted.name();
                    }
                }
                if (SPEECH_VERBS.contains(w)) {
                    if (v == 0 || (v == 1 && isAdverb(PersonNames.word(text, tokens.get(0))))) {
                        return subjectAfter(tokens, v + 1, end, s.open);
                    }
                    return subjectBefore(a, tokens.get(v)[0], s.open, 12);
                }
                if (v == 0 && !startsSpeechClause(w)) {
                    // the quote is part of a longer sentence ("… ” initiative, which …): no attribution after it
                    if (!Character.isUpperCase(text.charAt(tokens.get(0)[0])) && !PersonNames.TITLES.contains(w)
                            && !Speakers.titleBeforeName(text, tokens)) {
                        return null; // but "…,” central bank governor Saparov said: a title in lower case, then a name
                    }
                }
            }
            return null;
        }

        /** "Saparov said: “…”", "According to X, “…”", "X told reporters that “…”", "Tokayev: “…”". */
        private String before(Span s, int k, int paraStart) {
            int from = sentenceStart(s.open, paraStart, k);
            int e = s.open;
            while (e > from && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e <= from) {
                return null;
            }
            char last = text.charAt(e - 1);
            List<int[]> tokens = tokens(from, e);
            if (tokens.isEmpty()) {
                return null;
            }
            String lastWord = PersonNames.word(text, tokens.get(tokens.size() - 1));
            boolean introduces = last == ':' || last == ',' || last == '—' || last == '–' || lastWord.equals("that")
                    || lastWord.equals("said") || lastWord.equals("says") || lastWord.equals("added");
            if (!introduces) {
                return null;
            }
            // "According to Energy Minister Daler Juma, “…”"
            for (int v = 0; v + 1 < tokens.size(); v++) {
                if (isAccording(tokens, v)) {
                    String who = nominative(subjectAfter(tokens, v + 2, e, s.open));
                    if (who != null) {
                        return who;
                    }
                }
            }
            // the last speech verb, with at most six words after it ("said in a statement on Telegram:")
            for (int v = tokens.size() - 1; v >= 0 && v >= tokens.size() - 7; v--) {
                if (SPEECH_VERBS.contains(PersonNames.word(text, tokens.get(v)))) {
                    String who = subjectBefore(from, tokens.get(v)[0], s.open, 14);
                    if (who == null && v + 1 < tokens.size() && v == 0) {
                        who = subjectAfter(tokens, v + 1, e, s.open);
                    }
                    return who;
                }
            }
            // colon attribution: the sentence before the quote is only a name ("Tokayev:", "President Mirziyoyev:")
            if (last == ':' && tokens.size() <= 5) {
                PersonNames.Mention m = lastPersonBetween(from, e);
                if (m != null && m.start() <= tokens.get(Math.min(tokens.size() - 1, 2))[0]) {
                    return m.name();
                }
                return nameOnly(tokens);
            }
            return null;
        }

        /** The words of a "Name:" line when they are a name: capitalised, not a place, at most a title before. */
        private String nameOnly(List<int[]> tokens) {
            int first = 0;
            while (first < tokens.size() && PersonNames.TITLES.contains(PersonNames.word(text, tokens.get(first)))) {
                first++;
            }
            if (first >= tokens.size() || tokens.size() - first > 3) {
                return null;
            }
            for (int i = first; i < tokens.size(); i++) {
                int[] t = tokens.get(i);
                String w = text.substring(t[0], t[1]);
                if (!Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                        || dev.newsgraph.extract.PlaceWords.isPlaceOrOrganisation(w)
                        || PersonNames.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
            return text.substring(tokens.get(first)[0], tokens.get(tokens.size() - 1)[1]);
        }

        /** A quote that opens a sentence after an attributed one, or a paragraph after a quoting paragraph. */
        private String continued(Span s, int k, int paraStart) {
            int from = sentenceStart(s.open, paraStart, k);
            if (!blank(from, s.open)) {
                return null;
            }
            if (k > 0) {
                Span prev = spans.get(k - 1);
                if (prev.paragraph == s.paragraph && prev.speaker != null) {
                    return prev.speaker;
                }
                if (from == paraStart && prev.paragraph == s.paragraph - 1 && prev.speaker != null
                        && endsWithQuoteClause(prev)) {
                    return prev.speaker;
                }
            }
            if (from == paraStart && s.paragraph > 0) {
                // the paragraph before ends with "…, Tokayev said:" and this one is the speech
                int[] prevPara = paragraphs.get(s.paragraph - 1);
                int e = prevPara[1];
                while (e > prevPara[0] && text.charAt(e - 1) == ' ') {
                    e--;
                }
                if (e > prevPara[0] && text.charAt(e - 1) == ':') {
                    int start = Math.max(prevPara[0], e - WINDOW);
                    int sentence = lastSentenceStart(start, e);
                    for (int v = e - 1; v > sentence; v--) {
                        if (Character.isLetter(text.charAt(v)) && (v == sentence || !Character.isLetter(text.charAt(v - 1)))) {
                            int we = v;
                            while (we < e && Character.isLetter(text.charAt(we))) {
                                we++;
                            }
                            if (SPEECH_VERBS.contains(text.substring(v, we).toLowerCase(Locale.ROOT))) {
                                return subjectBefore(sentence, v, s.open, 14);
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** True when nothing but an attribution follows the quote in its paragraph. */
        private boolean endsWithQuoteClause(Span prev) {
            int[] para = paragraphs.get(prev.paragraph);
            if (!prev.closed(text)) {
                return true;
            }
            return clauseEnd(prev.close + 1, para[1]) >= para[1] - 1;
        }

        /** "according to", "по словам": two words at {@code v} that name the speaker next. */
        private boolean isAccording(List<int[]> tokens, int v) {
            return v + 1 < tokens.size() && ACCORDING.contains(PersonNames.word(text, tokens.get(v)) + " "
                    + PersonNames.word(text, tokens.get(v + 1)));
        }

        /**
         * A speaker named in the genitive ("по словам Ибраева") in the nominative: the name as the article gives it
         * elsewhere ("Таалайбек Ибраев"), else by the endings of {@code [genitive]} (Ибраева → Ибраев). Names in a
         * language without cases come back as they are.
         */
        private String nominative(String speaker) {
            if (speaker == null || speaker.isEmpty() || GENITIVE.isEmpty()
                    || Character.UnicodeBlock.of(speaker.charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
                return speaker;
            }
            String last = PersonNames.lastWord(speaker);
            for (java.util.Map.Entry<String, List<String>> e : namesByLastWord.entrySet()) {
                String k = e.getKey();
                if (!k.equals(last) && last.startsWith(k) && last.length() - k.length() <= 2 && k.length() >= 3) {
                    return e.getValue().get(0);
                }
            }
            StringBuilder out = new StringBuilder();
            for (String word : speaker.split(" ")) {
                out.append(out.length() == 0 ? "" : " ").append(nominativeWord(word));
            }
            return out.toString();
        }

        /** The speaker named after a speech verb: a person, "the minister", "the ministry". */
        private String subjectAfter(List<int[]> tokens, int from, int end, int quoteOpen) {
            if (from >= tokens.size()) {
                return null;
            }
            int start = tokens.get(from)[0];
            PersonNames.Mention m = firstPersonBetween(start, Math.min(end, start + 120));
            String w = PersonNames.word(text, tokens.get(from));
            if (m != null) {
                return m.name();
            }
            int k = from;
            if ((w.equals("the") || w.equals("a") || w.equals("an")) && k + 1 < tokens.size()) {
                k++;
            }
            // "the ministry's press service": the noun a possessive leads to
            int head = k;
            while (head + 1 < tokens.size() && head - k < 3 && tokens.get(head + 1)[0] < end
                    && text.substring(tokens.get(head)[1], tokens.get(head + 1)[0]).equals(" ")
                    && (PersonNames.word(text, tokens.get(head)).endsWith("’s")
                    || PersonNames.word(text, tokens.get(head)).endsWith("'s") || head > k)
                    && Character.isLowerCase(text.charAt(tokens.get(head + 1)[0]))
                    && !SPEECH_VERBS.contains(PersonNames.word(text, tokens.get(head + 1)))) {
                head++;
            }
            if (head > k) {
                String org = role(PersonNames.word(text, tokens.get(head)), w, tokens.get(from)[0], tokens.get(head)[1], quoteOpen);
                if (org != null) {
                    return org;
                }
            }
            String noun = PersonNames.word(text, tokens.get(k));
            if (w.equals("he") || w.equals("she")) {
                return resolve(quoteOpen);
            }
            String name = properName(tokens, k, end);
            if (name != null) {
                return name; // "according to the National Bank of Tajikistan", "said the State Statistics Committee"
            }
            return role(noun, w, tokens.get(from)[0], tokens.get(k)[1], quoteOpen);
        }

        /** The speaker standing before a speech verb at {@code verb}, in the words from {@code from}. */
        private String subjectBefore(int from, int verb, int quoteOpen, int maxWords) {
            // "The World Bank, in its latest report, said": the subject stands before an aside set off by commas
            int e = verb;
            while (e > from && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e > from && text.charAt(e - 1) == ',') {
                int open = text.lastIndexOf(',', e - 2);
                if (open > from && PersonNames.lastWord(text.substring(open + 1, e - 1).strip()).length() > 0
                        && Character.isLowerCase(text.charAt(Math.min(e - 2, firstLetter(open + 1, e - 1))))) {
                    verb = open;
                }
            }
            List<int[]> tokens = tokens(from, verb);
            if (tokens.isEmpty()) {
                return null;
            }
            PersonNames.Mention m = lastPersonBetween(from, verb);
            if (m != null) {
                return m.name();
            }
            if (tokens.size() > maxWords) {
                return null;
            }
            int last = tokens.size() - 1;
            String w = PersonNames.word(text, tokens.get(last));
            while (last > 0 && (isAdverb(w) || SPEECH_VERBS.contains(w) || w.equals("and"))) {
                last--; // "he said, adding:" → "he"
                w = PersonNames.word(text, tokens.get(last));
            }
            if (w.equals("he") || w.equals("she")) {
                return resolve(quoteOpen);
            }
            int first = last;
            while (first > 0 && first > last - 5) {
                String prev = PersonNames.word(text, tokens.get(first - 1));
                if (prev.equals("the") || prev.equals("a") || prev.equals("an")) {
                    first--;
                    break;
                }
                if (!Character.isLetter(prev.charAt(0)) || !text.substring(tokens.get(first - 1)[1], tokens.get(first)[0]).equals(" ")) {
                    break;
                }
                first--;
            }
            String head = PersonNames.word(text, tokens.get(first));
            return role(w, head, tokens.get(first)[0], tokens.get(last)[1], quoteOpen);
        }

        /**
         * Capitalised words from token {@code k}, joined by "of", "for", "and" or "on" ("National Bank of Tajikistan"),
         * when there are two or more and no title heads them; else null.
         */
        private String properName(List<int[]> tokens, int k, int end) {
            int e = k;
            int capitals = 0;
            while (e < tokens.size() && tokens.get(e)[0] < end) {
                int[] tk = tokens.get(e);
                String w = text.substring(tk[0], tk[1]);
                boolean joined = e == k || text.substring(tokens.get(e - 1)[1], tk[0]).equals(" ");
                if (!joined) {
                    break;
                }
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals++;
                } else if (!(w.equals("of") || w.equals("for") || w.equals("and") || w.equals("on"))
                        || e + 1 >= tokens.size() || !Character.isUpperCase(text.charAt(tokens.get(e + 1)[0]))) {
                    break;
                }
                e++;
            }
            if (capitals < 2 || PersonNames.TITLES.contains(PersonNames.word(text, tokens.get(k)))) {
                return null;
            }
            return PlaceWords.stripPossessive(text.substring(tokens.get(k)[0], tokens.get(e - 1)[1]));
        }

        /** The first letter at or after {@code from} (before {@code to}), or {@code from}. */
        private int firstLetter(int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    return i;
                }
            }
            return from;
        }

        /** A role ("the minister") resolved to the person, an organisation named, or the words as written. */
        private String role(String noun, String firstWord, int start, int end, int quoteOpen) {
            String bare = noun.endsWith("’s") || noun.endsWith("'s") ? noun.substring(0, noun.length() - 2) : noun;
            if (ANONYMOUS.contains(bare)) {
                return phrase(start, end); // "the source added": someone not named, not the last person named
            }
            if (PERSON_ROLES.contains(bare)) {
                if (firstWord.equals("the") || firstWord.equals(bare) || firstWord.equals("his") || firstWord.equals("her")) {
                    String who = resolve(quoteOpen);
                    if (who != null) {
                        return who;
                    }
                }
                return phrase(start, end);
            }
            if (GROUPS.contains(bare)) {
                return phrase(start, end); // "the organisers said"
            }
            if (ORG_NOUNS.contains(bare)) {
                String org = organisation(bare, quoteOpen);
                return org != null ? org : phrase(start, end);
            }
            String name = phrase(start, end);
            return name != null && isProperName(name) ? name : null; // "KEGOC", "Air Astana", "the Social Fund"
        }

        /** Capitalised words, joined by "of", "for", "and" or "the" at most: the name of an organisation. */
        private boolean isProperName(String name) {
            String[] words = name.split(" ");
            if (words.length > 8 || !Character.isUpperCase(name.charAt(0))) {
                return false;
            }
            for (String w : words) {
                if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                        || w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the"))) {
                    return false;
                }
            }
            String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
            return !lastWord.equals("of") && !lastWord.equals("for") && !lastWord.equals("and") && !lastWord.equals("the");
        }

        /** "the Social Fund" → "Social Fund"; "a KEGOC engineer" → "KEGOC engineer". */
        private String phrase(int start, int end) {
            String p = text.substring(start, end).strip();
            for (String article : new String[] {"the ", "a ", "an ", "The ", "A ", "An "}) {
                if (p.startsWith(article)) {
                    p = p.substring(article.length());
                }
            }
            return p.isEmpty() ? null : p;
        }

        /** The nearest capitalised name headed by {@code noun} before the quote ("Ministry of Emergency Situations"). */
        private String organisation(String noun, int quoteOpen) {
            String cap = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            int floor = Math.max(0, quoteOpen - 5000);
            int at = text.lastIndexOf(cap, quoteOpen);
            while (at >= floor) {
                int end = at + cap.length();
                boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetter(text.charAt(end)));
                if (word) {
                    int s = at;
                    // capitalised words before it ("State Committee", "Social Fund")
                    while (true) {
                        int b = s - 1;
                        if (b <= 0 || text.charAt(b) != ' ') {
                            break;
                        }
                        int ws = b;
                        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                            ws--;
                        }
                        if (ws == b || !Character.isUpperCase(text.charAt(ws)) || b - ws > 20) {
                            break;
                        }
                        String w = text.substring(ws, b).toLowerCase(Locale.ROOT);
                        if (w.equals("the") || PersonNames.TITLES.contains(w)) {
                            break;
                        }
                        s = ws;
                    }
                    int e = end;
                    // "of Emergency Situations", "for National Security"
                    while (true) {
                        int sp = e;
                        if (sp >= text.length() || text.charAt(sp) != ' ') {
                            break;
                        }
                        int ws = sp + 1;
                        int we = ws;
                        while (we < text.length() && Character.isLetter(text.charAt(we))) {
                            we++;
                        }
                        String w = text.substring(ws, we);
                        if (w.equals("of") || w.equals("for") || w.equals("and")) {
                            int ns = we + 1;
                            if (ns < text.length() && we < text.length() && text.charAt(we) == ' '
                                    && Character.isUpperCase(text.charAt(ns))) {
                                e = we;
                                continue;
                            }
                            break;
                        }
                        if (we > ws && Character.isUpperCase(text.charAt(ws)) && e > end - 1 && text.charAt(e - 1) != ','
                                && !w.equals(w.toUpperCase(Locale.ROOT))) {
                            e = we;
                            continue;
                        }
                        break;
                    }
                    if (e > end || s < at) {
                        return text.substring(s, e);
                    }
                }
                at = at == 0 ? -1 : text.lastIndexOf(cap, at - 1);
            }
            return null;
        }

        /**
         * The person a pronoun before {@code pos} refers to: the first person named in the latest sentence that
         * names someone (outside quotes).
         */
        private String resolve(int pos) {
            int idx = lowerBound(peopleStarts, pos) - 1;
            if (idx < 0) {
                return null;
            }
            PersonNames.Mention last = people.get(idx);
            int sentence = lastSentenceStart(Math.max(0, last.start() - 400), last.start());
            int paragraphStart = text.lastIndexOf("\n\n", last.start());
            sentence = Math.max(sentence, paragraphStart < 0 ? 0 : paragraphStart + 2);
            int first = lowerBound(peopleStarts, sentence);
            return people.get(Math.min(first, idx)).name();
        }

        private PersonNames.Mention lastPersonBetween(int from, int to) {
            int idx = lowerBound(peopleStarts, to) - 1;
            return idx >= 0 && people.get(idx).start() >= from ? people.get(idx) : null;
        }

        private PersonNames.Mention firstPersonBetween(int from, int to) {
            int idx = lowerBound(peopleStarts, from);
            return idx < people.size() && people.get(idx).start() < to ? people.get(idx) : null;
        }

        /** Start of the sentence holding {@code pos}: after the last sentence end, previous quote or paragraph start. */
        private int sentenceStart(int pos, int paraStart, int k) {
            int floor = Math.max(paraStart, pos - WINDOW);
            if (k > 0 && spans.get(k - 1).paragraph == spans.get(k).paragraph) {
                Span prev = spans.get(k - 1);
                int after = prev.close + 1;
                if (after > floor) {
                    // a closed quote ending with a sentence mark ends the sentence too: “…,” he said. “…”
                    int s = lastSentenceStart(after, pos);
                    return s > after ? s : clauseAfterQuoteEnds(prev, pos) ? pos : after;
                }
            }
            return lastSentenceStart(floor, pos);
        }

        /** True when the attribution after {@code prev} ends its sentence before {@code pos}. */
        private boolean clauseAfterQuoteEnds(Span prev, int pos) {
            int e = clauseEnd(prev.close + 1, pos);
            return e < pos;
        }

        /** Offset after the last sentence end in [from, to), or {@code from}. */
        private int lastSentenceStart(int from, int to) {
            for (int i = to - 2; i >= from; i--) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                        && !(c == '.' && Tokens.isAbbreviation(text, i))) {
                    return i + 2;
                }
                if (c == '\n') {
                    return i + 1;
                }
            }
            return from;
        }

        /** End of the clause starting at {@code a}: a sentence end, the next opening quote or the paragraph end. */
        private int clauseEnd(int a, int paraEnd) {
            int limit = Math.min(paraEnd, a + 250);
            for (int i = a; i < limit; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && (i + 1 >= paraEnd || text.charAt(i + 1) == ' ')
                        && !(c == '.' && Tokens.isAbbreviation(text, i))) {
                    return i;
                }
                if (c == '“' || c == '«' || c == '„' || (c == '"' && i + 1 < paraEnd && text.charAt(i + 1) != ' ' && i > a
                        && text.charAt(i - 1) == ' ')) {
                    return i;
                }
            }
            return limit;
        }

        private boolean blank(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '—' && c != '–' && c != '-') {
                    return false;
                }
            }
            return true;
        }

        private List<int[]> tokens(int from, int to) {
            List<int[]> out = new ArrayList<>();
            if (from < to) {
                Tokens.scan(text, from, to, (s, e) -> out.add(new int[] {s, e}));
            }
            return out;
        }
    }

    private static boolean isAdverb(String w) {
        return ADVERBS.contains(w);
    }

    /** Words that may open an attribution after a quote ("he", "the", "said", a name, a title). */
    private static boolean startsSpeechClause(String w) {
        return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("the") || w.equals("a")
                || w.equals("an") || w.equals("his") || w.equals("her") || w.equals("according") || isAdverb(w)
                || PERSON_ROLES.contains(w) || PersonNames.TITLES.contains(w) || SPEECH_VERBS.contains(w);
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
