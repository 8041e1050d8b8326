package dev.newsgraph.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Section;
import dev.newsgraph.extract.quotation.QuotationRecognizer;
import dev.newsgraph.ingest.InvalidPageException;
import dev.newsgraph.ingest.PageSplitter;
import dev.newsgraph.ingest.SplitPage;
import dev.newsgraph.ingest.TickerQuote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs the extraction pipeline on one page file without Quarkus and prints what the GraphQL {@code ingest}
 * mutation would return, in the shape {@code tools/score-extraction} reads:
 * {@code {"articles":[{"title","publishedOn","primaryCountry":{"code"},"countries":[{"code"}],
 * "metrics":[{"surface","value","kind","unit","country":{"code"}}],"quotations":[{"speaker","text"}]}],
 * "quotes":[{"base","quote","rate","changePercent"}]}}. An invalid page prints {@code {"errors":[{"message"}]}}
 * and exits with status 2.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.newsgraph.tools.ExtractionDump \
 *     [--published-on 2025-12-08] [--sections] page.txt</pre>
 *
 * {@code --sections} adds each article's sub-headings and paragraphs, for looking at the split. While
 * {@link ArticleExtractor} is not written yet (it throws {@link UnsupportedOperationException}), countries and
 * metrics are empty and quotations come from {@link QuotationRecognizer} directly; once the facade works, its
 * quotations are used whenever it returns any.
 */
public final class ExtractionDump {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        String publishedOn = null;
        boolean sections = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--published-on" -> publishedOn = args[++i];
                case "--sections" -> sections = true;
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: ExtractionDump [--published-on YYYY-MM-DD] [--sections] FILE");
            System.exit(64);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ObjectNode out;
        try {
            out = dump(text, publishedOn == null ? null : LocalDate.parse(publishedOn), sections);
        } catch (InvalidPageException e) {
            ObjectNode error = NODES.objectNode();
            error.putArray("errors").addObject().put("message", e.getMessage());
            System.out.println(json.writeValueAsString(error));
            System.exit(2);
            return;
        }
        System.out.println(json.writeValueAsString(out));
    }

    static ObjectNode dump(String text, LocalDate requestDate, boolean withSections) {
        SplitPage page = new PageSplitter().split(text);
        LocalDate published = page.dateLine() != null ? page.dateLine() : requestDate;
        ArticleExtractor extractor = new ArticleExtractor();
        QuotationRecognizer quotations = new QuotationRecognizer();
        boolean extractorWorks = true;

        ObjectNode out = NODES.objectNode();
        ArrayNode articles = out.putArray("articles");
        for (ArticleText article : page.articles()) {
            Extraction extraction = null;
            if (extractorWorks) {
                try {
                    extraction = extractor.extract(article);
                } catch (UnsupportedOperationException e) {
                    extractorWorks = false;
                    System.err.println("ArticleExtractor not available (" + e.getMessage() + "): no countries or metrics");
                }
            }
            ObjectNode a = articles.addObject();
            a.put("title", article.title());
            a.put("publishedOn", published == null ? null : published.toString());
            if (extraction != null && extraction.primaryCountry() != null) {
                a.putObject("primaryCountry").put("code", extraction.primaryCountry());
            } else {
                a.putNull("primaryCountry");
            }
            ArrayNode countries = a.putArray("countries");
            ArrayNode metrics = a.putArray("metrics");
            if (extraction != null) {
                for (CountryMention c : extraction.countries()) {
                    countries.addObject().put("code", c.code());
                }
                for (MetricMention m : extraction.metrics()) {
                    ObjectNode mn = metrics.addObject();
                    mn.put("surface", m.surface());
                    mn.put("value", m.value());
                    mn.put("kind", m.kind().name());
                    mn.put("unit", m.unit());
                    if (m.country() != null) {
                        mn.putObject("country").put("code", m.country());
                    } else {
                        mn.putNull("country");
                    }
                    mn.put("label", m.label());
                    mn.put("sentence", m.sentence());
                }
            }
            List<QuotationMention> quoted = extraction != null && !extraction.quotations().isEmpty()
                    ? extraction.quotations() : quotations.find(article.text());
            ArrayNode qs = a.putArray("quotations");
            for (QuotationMention q : quoted) {
                qs.addObject().put("speaker", q.speaker()).put("text", q.text());
            }
            if (withSections) {
                ArrayNode ss = a.putArray("sections");
                for (Section s : article.sections()) {
                    ObjectNode sn = ss.addObject();
                    sn.put("heading", s.heading());
                    ArrayNode ps = sn.putArray("paragraphs");
                    s.paragraphs().forEach(ps::add);
                }
            }
        }
        ArrayNode quotes = out.putArray("quotes");
        for (TickerQuote q : page.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("base", q.base());
            qn.put("quote", q.quote());
            qn.put("rate", q.rate());
            if (q.changePercent() != null) {
                qn.put("changePercent", q.changePercent());
            } else {
                qn.putNull("changePercent");
            }
        }
        return out;
    }
}
