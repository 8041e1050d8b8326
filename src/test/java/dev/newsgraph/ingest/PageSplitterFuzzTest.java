package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.quotation.QuotationRecognizer;
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
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds the splitter and the quotation recognizer thousands of generated pages (a fixed seed, so every run is
 * the same): mutations of the fixture pages (lines deleted, duplicated, shuffled, cut, glued; random Unicode,
 * control characters, stray and doubled quotation marks), random text, and pathological pages (only tickers,
 * only quotation marks, 100 KB and 1 MB lines). Nothing but {@link InvalidPageException} may be thrown, what is
 * returned must hold together, and no page may take long: a generous ceiling of CPU time per megabyte catches
 * catastrophic backtracking or quadratic scans, it is not a benchmark.
 */
class PageSplitterFuzzTest {

    private static final long SEED = 20251208L;
    /** Time allowed per page: 2 s per started megabyte. */
    private static final long MILLIS_PER_MB = 2_000;

    private static final List<String> PAGES = new ArrayList<>();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final PageSplitter splitter = new PageSplitter();
    private final QuotationRecognizer quotations = new QuotationRecognizer();

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
        List<List<QuotationMention>> found = new ArrayList<>();
        try {
            split = splitter.split(page);
            for (ArticleText a : split.articles()) {
                found.add(quotations.find(a.text()));
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
            String text = a.text();
            for (QuotationMention q : found.get(i)) {
                assertEquals(q.text(), text.substring(q.start(), q.end()), label + ": quotation offsets");
                assertFalse(q.text().isBlank(), label + ": blank quotation");
            }
        }
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
        return page.length() > 300 ? page.substring(0, 300) + "… (" + page.length() + " chars)" : page;
    }
}
