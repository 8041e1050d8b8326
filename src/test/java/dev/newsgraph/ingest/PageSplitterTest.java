package dev.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.Section;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The splitter against data: the small cases of {@code extract/splitter/cases.json} (one per rule, each named
 * by what it shows), and the fixture pages of {@code pages/} and the bundled sample page with their
 * {@code .expected.json} (headlines, sub-headings, ticker quotes, date line, bullets).
 */
class PageSplitterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageSplitter splitter = new PageSplitter();

    static Stream<Arguments> cases() throws IOException {
        JsonNode root = readJson("/extract/splitter/cases.json");
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            out.add(Arguments.of(Named.of(c.get("name").asText(), c)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsCase(JsonNode c) {
        String text;
        if (c.has("text")) {
            text = c.get("text").asText();
        } else {
            List<String> lines = new ArrayList<>();
            c.get("lines").forEach(l -> lines.add(l.asText()));
            text = String.join("\n", lines);
        }
        JsonNode expect = c.get("expect");
        if (expect.has("invalid")) {
            InvalidPageException e = assertThrows(InvalidPageException.class, () -> splitter.split(text));
            assertTrue(e.getMessage().toLowerCase().contains(expect.get("invalid").asText()),
                    "message should mention '" + expect.get("invalid").asText() + "': " + e.getMessage());
            return;
        }
        SplitPage page = splitter.split(text);
        if (expect.has("titles")) {
            assertEquals(strings(expect.get("titles")), page.articles().stream().map(ArticleText::title).toList());
        }
        if (expect.has("subheadings")) {
            List<List<String>> expected = new ArrayList<>();
            expect.get("subheadings").forEach(a -> expected.add(strings(a)));
            assertEquals(expected, page.articles().stream().map(PageSplitterTest::headings).toList());
        }
        if (expect.has("paragraphs")) {
            assertEquals(strings(expect.get("paragraphs")), paragraphs(page.articles().get(0)));
        }
        if (expect.has("quotes")) {
            assertEquals(strings(expect.get("quotes")), page.quotes().stream().map(PageSplitterTest::describe).toList());
        }
        if (expect.has("dateLine")) {
            JsonNode d = expect.get("dateLine");
            assertEquals(d.isNull() ? null : LocalDate.parse(d.asText()), page.dateLine());
        }
    }

    static Stream<Arguments> pages() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        Path dir = Path.of(PageSplitterTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                out.add(Arguments.of(Named.of(name, "/pages/" + name + ".txt"), "/pages/" + name + ".expected.json"));
            }
        }
        out.add(Arguments.of(Named.of("bundled sample page", "/sample/central-asia-digest.txt"),
                "/sample/central-asia-digest.expected.json"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void splitsFixturePage(String textResource, String expectedResource) throws IOException {
        String text = readText(textResource);
        JsonNode expected = readJson(expectedResource);
        SplitPage page = splitter.split(text);

        List<String> titles = new ArrayList<>();
        List<List<String>> subheadings = new ArrayList<>();
        for (JsonNode a : expected.get("articles")) {
            titles.add(a.get("title").asText());
            subheadings.add(a.has("subheadings") ? strings(a.get("subheadings")) : List.of());
        }
        assertEquals(titles, page.articles().stream().map(ArticleText::title).toList(), "headlines");
        assertEquals(subheadings, page.articles().stream().map(PageSplitterTest::headings).toList(), "sub-headings");

        List<String> quotes = new ArrayList<>();
        for (JsonNode q : expected.get("quotes")) {
            quotes.add(q.get("base").asText() + "/" + q.get("quote").asText() + " "
                    + new BigDecimal(q.get("rate").asText()).stripTrailingZeros().toPlainString() + " "
                    + (q.get("change_percent").isNull() ? "null"
                    : new BigDecimal(q.get("change_percent").asText()).stripTrailingZeros().toPlainString()));
        }
        assertEquals(quotes, page.quotes().stream().map(PageSplitterTest::describe).toList(), "ticker quotes");

        JsonNode d = expected.get("date_line");
        assertEquals(d == null || d.isNull() ? null : LocalDate.parse(d.asText()), page.dateLine(), "date line");

        // every bullet item of the page is a paragraph of its own, written "• item"
        List<String> all = page.articles().stream().flatMap(a -> paragraphs(a).stream()).toList();
        for (String line : text.split("\n")) {
            String content = PageSplitter.bulletContent(line.strip().isEmpty() ? " " : line.strip());
            if (content != null && !content.isEmpty() && TickerParser.parseLine(line.strip()) == null) {
                assertTrue(all.contains("• " + content), "bullet paragraph for " + line);
            }
        }
        // no paragraph is navigation, a stamp or a by-line
        for (String p : all) {
            assertTrue(!Boilerplate.isJunk(p), "boilerplate kept as a paragraph: " + p);
        }
    }

    private static List<String> headings(ArticleText a) {
        return a.sections().stream().map(Section::heading).filter(h -> h != null).toList();
    }

    private static List<String> paragraphs(ArticleText a) {
        return a.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    private static String describe(TickerQuote q) {
        return q.base() + "/" + q.quote() + " " + q.rate().stripTrailingZeros().toPlainString() + " "
                + (q.changePercent() == null ? "null" : q.changePercent().stripTrailingZeros().toPlainString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode readJson(String resource) throws IOException {
        try (InputStream in = PageSplitterTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        }
    }

    static String readText(String resource) {
        try (InputStream in = PageSplitterTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
