package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MetricKind;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Section;
import dev.newsgraph.extract.country.CountryHit;
import dev.newsgraph.extract.country.CountryRecognizer;
import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.metric.CurrencyTable;
import dev.newsgraph.extract.text.Doc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds the splitter and the full extraction ({@link ArticleExtractor}: countries, primary country, metrics with
 * their attribution, quotations) thousands of generated pages (a fixed seed, so every run is the same):
 * mutations of the fixture pages (lines deleted, duplicated, shuffled, cut, glued; random Unicode, control
 * characters, stray and doubled quotation marks), random text, and pathological pages (only tickers, only
 * quotation marks, 100 KB and 1 MB lines), plus inputs aimed at the recognizers themselves (long digit runs,
 * separator chains, number words, currency signs, hyphen and range chains, nested quotes). Nothing but
 * {@link InvalidPageException} may be thrown, what is returned must hold together (see {@link #checkExtraction}),
 * and no page may take long: a generous ceiling of CPU time per megabyte catches catastrophic backtracking or
 * quadratic scans, it is not a benchmark.
 */
class PageSplitterFuzzTest {

    private static final long SEED = 20251208L;
    /** Time allowed per page: 2 s per started megabyte. */
    private static final long MILLIS_PER_MB = 2_000;

    /** The database column {@code metric.unit} is {@code varchar(100)}. */
    private static final int MAX_UNIT = 100;
    /** A figure's sentence is cut to 1000 characters around the figure (MetricAttribution). */
    private static final int MAX_SENTENCE = 1000;

    private static final List<String> PAGES = new ArrayList<>();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final Set<String> KNOWN_COUNTRIES = EXTRACTOR.countryNames().keySet();
    /** Only to tell a primary country named by a leader alone ("Tokayev Meets …") from a wrong one. */
    private static final CountryRecognizer LEADERS = new CountryRecognizer(Gazetteer.load(), CurrencyTable.load()::startsAt);
    private final PageSplitter splitter = new PageSplitter();

    @BeforeAll
    static void loadFixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(PageSplitterFuzzTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                PAGES.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        PAGES.add(PageSplitterTest.readText("/sample/central-asia-digest.txt"));
    }

    @Test
    void mutatedFixturePages() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            String page = PAGES.get(random.nextInt(PAGES.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                page = mutate(page, random);
            }
            check("mutation " + i, page);
        }
    }

    @Test
    void randomText() {
        Random random = new Random(SEED + 1);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      .,;:!?-–—•*/=%$\"'“”‘’«»()\n\n\n"
                + "KGSUZDTM№éüşğıÄÖ中文ҚқҰұ\u00a0\u200b\ufffd\t\r";
        for (int i = 0; i < 1000; i++) {
            int n = random.nextInt(3000);
            StringBuilder sb = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check("random " + i, sb.toString());
        }
    }

    @Test
    void randomWordPages() {
        Random random = new Random(SEED + 2);
        String[] words = ("Kazakhstan Kyrgyzstan Tokayev said the minister “ ” \" « » : , . — he she Bishkek Astana "
                + "Signs Deal Growth and of to in $ 12% 1.5 million tons • KGS/USD = 0.01144 0% December 2025 Read more "
                + "By Viewing results 1 - 6 of 51 Continue reading").split(" ");
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + random.nextInt(60);
            for (int l = 0; l < lines; l++) {
                int n = random.nextInt(30);
                for (int k = 0; k < n; k++) {
                    sb.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? "" : " ");
                }
                sb.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            check("words " + i, sb.toString());
        }
    }

    @Test
    void pathologicalPages() {
        String ticker = "• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00196 -0%\n";
        String sentence = "Kazakhstan’s exports rose 12% to $4.2 billion, “the best result yet,” Saparov said. ";
        List<Supplier<String>> pages = List.of(
                () -> "x".repeat(1_000_000), // a 1 MB line
                () -> "\"".repeat(1_000_000),
                () -> "Headline Of A Story\n\n" + sentence.repeat(12_000), // a 1 MB paragraph with quotes
                () -> ticker.repeat(10_000),
                () -> ticker.repeat(2_000) + "08 December 2025\n",
                () -> "“".repeat(100_000) + "”".repeat(100_000),
                () -> "Title Line Here\n\n" + "\"a ".repeat(100_000),
                () -> "Title Line Here\n\n" + "“a ".repeat(100_000),
                () -> "Title Line Here\n\n" + "‘a ".repeat(100_000),
                () -> "Title Line Here\n\n" + "«a » ".repeat(60_000),
                () -> sentence.repeat(4_000),
                () -> "Word ".repeat(60_000),
                () -> "Kazakhstan Signs Deal\n\n" + ("A. ").repeat(100_000),
                () -> ("Kazakhstan Signs Deal On Grain\n\n" + sentence + "\n\n").repeat(5_000),
                () -> ("Short Heading\n").repeat(30_000),
                () -> ("• item\n").repeat(40_000),
                () -> ("By John Smith\n2 hours ago\nShare\n").repeat(8_000),
                () -> "Title\n\n" + "1".repeat(100_000) + " " + ",".repeat(100_000) + " " + ".".repeat(100_000),
                () -> "Kazakhstan Signs Deal\n\n" + "Tokayev Tokayev Tokayev said: ".repeat(10_000) + "“done.”",
                () -> "Updated: 18.06.2025 14:05 ".repeat(10_000),
                () -> ("Mr. Dr. U.S. St. ").repeat(20_000),
                () -> "\ufffd".repeat(1000) + "text",
                () -> "Headline\n\n" + "“He said,” she said. ".repeat(20_000));
        for (int i = 0; i < pages.size(); i++) {
            check("pathological " + i, pages.get(i).get());
        }
    }

    /**
     * Inputs aimed at the recognizers rather than the splitter: each about 100 KB in one paragraph under a
     * headline, given straight to the extractor (the splitter might cut them up first).
     */
    @Test
    void pathologicalRecognizerInput() {
        int n = 100_000;
        List<Supplier<String>> texts = List.of(
                // digits
                () -> "1".repeat(n),
                () -> "9".repeat(n) + " million dollars",
                () -> "1," + "1,".repeat(n / 2) + "1", // 1,1,1,1,…
                () -> "1." + "1.".repeat(n / 2) + "1",
                () -> "1" + ",000".repeat(n / 4), // well grouped, far beyond any double
                () -> "$1" + ",000".repeat(n / 4) + " billion",
                () -> "1" + ".000".repeat(n / 4) + ",5 tons",
                () -> "1" + " 000".repeat(n / 4) + " people", // groups of three written with spaces
                () -> "1" + " 000".repeat(n / 4) + " million tenge",
                () -> ("1 " + "0".repeat(999) + " ").repeat(n / 1000),
                () -> "0.".repeat(n / 2) + "5%",
                () -> "12% ".repeat(n / 4),
                () -> "1/2/3/".repeat(n / 6),
                () -> "+996 ".repeat(n / 5),
                // number words
                () -> "one two three four five six seven eight nine ten eleven twenty thirty hundred thousand million "
                        .repeat(n / 90),
                () -> "one hundred and ".repeat(n / 16) + "one people",
                () -> "two hundred and twenty-two ".repeat(n / 27),
                () -> "twenty-one ".repeat(n / 11) + "villages",
                () -> "a hundred a thousand a million ".repeat(n / 31),
                () -> "half a million ".repeat(n / 15),
                () -> "one and a half ".repeat(n / 15),
                () -> "5 million million billion trillion ".repeat(n / 35),
                () -> "twice thrice double tripled fourfold nearly double ".repeat(n / 50),
                // currencies
                () -> "$".repeat(n),
                () -> "$€£₽¥₸₹₩₺₼₾₴".repeat(n / 12),
                () -> "USD ".repeat(n / 4) + "5",
                () -> "USD KZT EUR RUB US$ ".repeat(n / 20) + "5 billion",
                () -> "5 USD ".repeat(n / 6),
                () -> "$5m $5k €10bn ".repeat(n / 14),
                () -> "5 tenge 5 soms 5 manats 5 Russian rubles ".repeat(n / 42),
                () -> "$5-$5-".repeat(n / 6),
                // hyphen and range chains
                () -> "four-" + "four-".repeat(n / 5) + "four",
                () -> "5-" + "5-".repeat(3 * n / 2) + "5 million", // 300 KB without a space: a scan per figure to the
                // nearest space was quadratic here (1.4 s at 100 KB, ~13 s at 300 KB)
                () -> "$3-" + "4-".repeat(n / 2) + "5 billion",
                () -> "5 to " + "6 to ".repeat(n / 5) + "7 percent",
                () -> "5 and " + "6 and ".repeat(n / 6) + "7 tons",
                () -> "twenty-" + "twenty-".repeat(n / 7) + "fold",
                () -> "5-fold-" + "fold-".repeat(n / 5),
                () -> "-".repeat(n) + "5",
                () -> "5" + "-".repeat(n),
                // counted nouns and units
                () -> "5 " + "a".repeat(n) + "s", // one very long "plural noun"
                () -> ("5 " + "b".repeat(150) + "s and ").repeat(n / 160),
                () -> "5 " + "high-".repeat(n / 5) + "speed trains",
                () -> "5 km km km km ".repeat(n / 15),
                () -> "5 kilometers per hour per ".repeat(n / 26),
                // countries in bulk
                () -> "Kazakhstan Kyrgyzstan Tajikistan Uzbekistan Turkmenistan Russia China ".repeat(n / 70),
                () -> "Kazakh Kyrgyz Uzbek Tajik Turkmen ".repeat(n / 34) + "5 billion tenge",
                () -> "Tokayev Japarov Mirziyoyev Rahmon Putin ".repeat(n / 40),
                // quotations
                () -> "“‘«\"".repeat(n / 4) + "”’»\"".repeat(n / 4),
                () -> "“He said “she said “they said ".repeat(n / 30),
                () -> "«a “b ‘c \"d» e” f’ g\" ".repeat(n / 24),
                () -> "“Unclosed quote said Tokayev. ".repeat(n / 31),
                () -> "\"".repeat(n / 2) + "word" + "\"".repeat(n / 2),
                () -> "Tokayev said: “" + "very ".repeat(n / 5) + "good.”",
                () -> "“" + "Yes,” he said, “".repeat(n / 17) + "no.”");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                checkRecognizers("recognizer " + i, texts.get(i).get());
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + texts.size() + " failed:\n" + String.join("\n", failures));
    }

    private static void checkRecognizers(String label, String paragraph) {
        ArticleText article = new ArticleText("Kazakhstan Signs Deal Worth $5 Billion",
                List.of(new Section(null, List.of(paragraph))));
        long started = cpuNanos();
        Extraction e;
        try {
            e = EXTRACTOR.extract(article);
        } catch (RuntimeException | StackOverflowError ex) {
            throw new AssertionError(label + " threw " + ex + " on: " + preview(paragraph), ex);
        }
        long millis = (cpuNanos() - started) / 1_000_000;
        long ceiling = MILLIS_PER_MB * (1 + article.text().length() / 1_000_000);
        assertTrue(millis <= ceiling, label + " took " + millis + " ms for " + article.text().length() + " chars: "
                + preview(paragraph));
        checkExtraction(label, article, e);
    }

    @Test
    void controlCharactersMakeThePageInvalid() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 200; i++) {
            String page = PAGES.get(random.nextInt(PAGES.size()));
            int at = random.nextInt(page.length());
            char control = (char) new int[] {0, 1, 2, 7, 8, 11, 12, 14, 27, 31}[random.nextInt(10)];
            String bad = page.substring(0, at) + control + page.substring(at);
            try {
                splitter.split(bad);
                fail("a page with U+" + Integer.toHexString(control) + " was accepted");
            } catch (InvalidPageException expected) {
                assertTrue(expected.getMessage().contains("control character"));
            }
        }
    }

    private void check(String label, String page) {
        long started = cpuNanos();
        SplitPage split = null;
        List<Extraction> found = new ArrayList<>();
        try {
            split = splitter.split(page);
            for (ArticleText a : split.articles()) {
                found.add(EXTRACTOR.extract(a));
            }
        } catch (InvalidPageException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().isBlank(), label + ": empty message");
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(label + " threw " + e + " on: " + preview(page), e);
        }
        long millis = (cpuNanos() - started) / 1_000_000;
        long ceiling = MILLIS_PER_MB * (1 + page.length() / 1_000_000);
        assertTrue(millis <= ceiling, label + " took " + millis + " ms for " + page.length() + " chars");
        if (split == null) {
            return;
        }
        assertFalse(split.articles().isEmpty(), label + ": no article and no exception");
        for (int i = 0; i < split.articles().size(); i++) {
            ArticleText a = split.articles().get(i);
            assertFalse(a.title().isBlank(), label + ": blank title");
            checkExtraction(label, a, found.get(i));
        }
    }

    /**
     * What every extraction must satisfy, whatever the text:
     * <ul>
     *   <li>countries: known ISO codes, each listed once with a positive count, most mentioned first; a primary
     *       country exactly when some country is mentioned, and it is one of them, or else the country of a
     *       leader named in the headline or lead (which weighs but never counts as a mention);</li>
     *   <li>metrics: offsets inside the text with {@code surface == text.substring(start, end)}; a finite value;
     *       a kind; a unit for every kind but COUNT ({@code %} for PERCENT, {@code x} for MULTIPLIER, an ISO
     *       code for MONEY) and never longer than its column; a known country or none; a non-blank label of
     *       at most 60 characters or none; a sentence that is a piece of the text holding the surface and cut
     *       to {@value #MAX_SENTENCE} characters around it;</li>
     *   <li>quotations: non-blank text, {@code text == articleText.substring(start, end)}, a non-blank speaker
     *       or none.</li>
     * </ul>
     */
    private static void checkExtraction(String label, ArticleText article, Extraction e) {
        String text = article.text();
        Set<String> codes = new HashSet<>();
        int previousCount = Integer.MAX_VALUE;
        for (CountryMention c : e.countries()) {
            assertTrue(KNOWN_COUNTRIES.contains(c.code()), label + ": unknown country " + c);
            assertTrue(codes.add(c.code()), label + ": country listed twice " + c);
            assertTrue(c.count() > 0 && c.count() <= previousCount, label + ": counts not positive, descending " + e.countries());
            previousCount = c.count();
        }
        String primary = e.primaryCountry();
        assertEquals(e.countries().isEmpty(), primary == null,
                label + ": primary " + primary + " with mentions " + e.countries());
        if (primary != null && !codes.contains(primary)) {
            List<String> leaders = LEADERS.leaders(Doc.of(article)).stream().map(CountryHit::code).toList();
            assertTrue(leaders.contains(primary),
                    label + ": primary " + primary + " neither mentioned " + e.countries() + " nor a leader's " + leaders);
        }
        for (MetricMention m : e.metrics()) {
            String what = label + ": metric " + describe(m);
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), what + " offsets outside "
                    + text.length() + " chars");
            assertTrue(text.substring(m.start(), m.end()).equals(m.surface()), what + " surface is not its text");
            assertFalse(m.surface().isBlank(), what + " blank surface");
            assertTrue(Double.isFinite(m.value()), what + " value not finite");
            assertNotNull(m.kind(), what + " no kind");
            if (m.kind() != MetricKind.COUNT) {
                assertNotNull(m.unit(), what + " no unit");
            }
            if (m.kind() == MetricKind.PERCENT) {
                assertEquals("%", m.unit(), what);
            } else if (m.kind() == MetricKind.MULTIPLIER) {
                assertEquals("x", m.unit(), what);
            } else if (m.kind() == MetricKind.MONEY) {
                assertTrue(m.unit().matches("[A-Z]{3}"), what + " currency is not an ISO code");
            }
            assertTrue(m.unit() == null || !m.unit().isBlank() && m.unit().length() <= MAX_UNIT,
                    what + " unit blank or longer than " + MAX_UNIT);
            assertTrue(m.country() == null || KNOWN_COUNTRIES.contains(m.country()), what + " unknown country");
            assertTrue(m.label() == null || !m.label().isBlank() && m.label().length() <= 60, what + " label");
            String sentence = m.sentence();
            assertNotNull(sentence, what + " no sentence");
            assertTrue(sentence.length() <= MAX_SENTENCE + m.surface().length(), what + " sentence of "
                    + sentence.length() + " chars");
            assertTrue(sentenceAround(text, sentence, m), what + " sentence is not the text around the surface: "
                    + preview(sentence));
        }
        for (QuotationMention q : e.quotations()) {
            String what = label + ": quotation " + preview(q.toString(), 200);
            assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= text.length(), what + " offsets");
            assertTrue(q.text().equals(text.substring(q.start(), q.end())), what + " text is not at its offsets");
            assertFalse(q.text().isBlank(), what + " blank text");
            assertTrue(q.speaker() == null || !q.speaker().isBlank(), what + " blank speaker");
        }
    }

    private static String describe(MetricMention m) {
        return preview(m.surface(), 80) + " = " + m.value() + " " + m.kind() + " " + (m.unit() == null ? null
                : preview(m.unit(), 80)) + " at [" + m.start() + ", " + m.end() + ") country " + m.country() + " label "
                + m.label();
    }

    /** Whether {@code sentence} occurs in {@code text} at a place that covers the figure's surface. */
    private static boolean sentenceAround(String text, String sentence, MetricMention m) {
        for (int at = sentence.indexOf(m.surface()); at >= 0; at = sentence.indexOf(m.surface(), at + 1)) {
            int from = m.start() - at;
            if (from >= 0 && text.startsWith(sentence, from)) {
                return true;
            }
        }
        return false;
    }

    /** CPU time of this thread (wall time where not supported): other processes on the machine do not count. */
    private static long cpuNanos() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String mutate(String page, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(page.split("\n", -1)));
        switch (r.nextInt(14)) {
            case 0 -> { // delete lines
                for (int k = r.nextInt(10); k > 0 && lines.size() > 1; k--) {
                    lines.remove(r.nextInt(lines.size()));
                }
            }
            case 1 -> { // duplicate lines
                for (int k = r.nextInt(10); k > 0; k--) {
                    int at = r.nextInt(lines.size());
                    lines.add(r.nextInt(lines.size()), lines.get(at));
                }
            }
            case 2 -> Collections.shuffle(lines, r);
            case 3 -> { // swap a few lines
                for (int k = r.nextInt(6); k > 0; k--) {
                    Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
                }
            }
            case 4 -> { // random Unicode characters, supplementary ones included
                StringBuilder sb = new StringBuilder(page);
                for (int k = 1 + r.nextInt(30); k > 0; k--) {
                    int cp = r.nextInt(4) == 0 ? 0x10000 + r.nextInt(0x20000) : 0x20 + r.nextInt(0xD7E0);
                    sb.insert(r.nextInt(sb.length() + 1), Character.toChars(cp));
                }
                return sb.toString();
            }
            case 5 -> { // a lone surrogate or a replacement character
                StringBuilder sb = new StringBuilder(page);
                sb.insert(r.nextInt(sb.length() + 1), r.nextBoolean() ? '\uD800' : '\uFFFD');
                return sb.toString();
            }
            case 6 -> { // many straight quotes
                StringBuilder sb = new StringBuilder(page);
                for (int k = 1 + r.nextInt(200); k > 0; k--) {
                    sb.insert(r.nextInt(sb.length() + 1), '"');
                }
                return sb.toString();
            }
            case 7 -> { // unbalanced curly quotes and guillemets
                StringBuilder sb = new StringBuilder(page);
                String marks = "“”‘’«»";
                for (int k = 1 + r.nextInt(40); k > 0; k--) {
                    sb.insert(r.nextInt(sb.length() + 1), marks.charAt(r.nextInt(marks.length())));
                }
                return sb.toString();
            }
            case 8 -> { // cut at a random place
                return page.substring(0, r.nextInt(page.length() + 1));
            }
            case 9 -> { // glue everything onto one line
                return page.replace('\n', ' ');
            }
            case 10 -> { // a 10 KB line somewhere, now and then a 100 KB one
                int times = r.nextInt(10) == 0 ? 2_700 : 270;
                lines.add(r.nextInt(lines.size() + 1), "Kazakhstan “quoted” words, and more. ".repeat(times));
            }
            case 11 -> { // CRLF, CR and NBSP line ends and spaces
                return page.replace("\n", r.nextBoolean() ? "\r\n" : "\r").replace(' ', r.nextBoolean() ? '\u00a0' : ' ');
            }
            case 12 -> { // only the ticker lines, or no ticker lines
                boolean keep = r.nextBoolean();
                lines.removeIf(l -> (TickerParser.parseLine(l.strip()) != null) != keep);
                if (lines.isEmpty()) {
                    lines.add("");
                }
            }
            default -> { // blank lines removed or doubled
                return r.nextBoolean() ? page.replace("\n\n", "\n") : page.replace("\n", "\n\n");
            }
        }
        return String.join("\n", lines);
    }

    private static String preview(String page) {
        return preview(page, 300);
    }

    private static String preview(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "… (" + s.length() + " chars)" : s;
    }
}
