package dev.newsgraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Section;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.ArticleCountry;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.CountryDirectory;
import dev.newsgraph.model.MentionRole;
import dev.newsgraph.model.Metric;
import dev.newsgraph.model.Page;
import dev.newsgraph.model.PageRepository;
import dev.newsgraph.model.Quotation;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteRepository;
import dev.newsgraph.model.QuoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes one extracted page in one transaction, or finds it already stored. */
@ApplicationScoped
public class PageWriter {

    @Inject
    EntityManager em;

    @Inject
    PageRepository pages;

    @Inject
    ArticleRepository articles;

    @Inject
    QuoteRepository quotes;

    @Inject
    CountryDirectory countries;

    @Inject
    ObjectMapper json;

    @Transactional
    public Optional<IngestOutcome> findStored(String contentHash) {
        return pages.findIdByContentHash(contentHash).map(this::storedOutcome);
    }

    /**
     * Stores the page unless a page with the same content hash exists. Concurrent ingests of one page
     * queue on a transaction-scoped advisory lock keyed by the hash, so exactly one of them writes it.
     */
    @Transactional
    public IngestOutcome write(ExtractedPage page, LocalDate requestedDate) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", lockKey(page.contentHash())).getSingleResult();
        Optional<Long> existing = pages.findIdByContentHash(page.contentHash());
        if (existing.isPresent()) {
            return storedOutcome(existing.get());
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate dateLine = page.split().dateLine();
        LocalDate publishedOn = dateLine != null ? dateLine : requestedDate != null ? requestedDate : now.toLocalDate();

        Page p = new Page();
        p.contentHash = page.contentHash();
        p.sourceUrl = page.sourceUrl();
        p.publishedOn = dateLine != null ? dateLine : requestedDate;
        p.text = page.text();
        p.ingestedAt = now;
        pages.persist(p);

        // Rows are persisted table by table, so that the JDBC batches are as long as they can be.
        List<ArticleRow> rows = new ArrayList<>();
        List<Article> written = new ArrayList<>();
        List<ArticleText> texts = page.split().articles();
        for (int i = 0; i < texts.size(); i++) {
            ArticleText text = texts.get(i);
            Article a = new Article();
            a.page = p;
            a.position = i;
            a.title = text.title();
            a.publishedOn = publishedOn;
            a.sections = sectionsJson(text);
            a.body = text.text();
            a.contentHash = PageText.sha256(a.body);
            articles.persist(a);
            written.add(a);
            rows.add(new ArticleRow(a.id, p.id, i, a.title, publishedOn, p.sourceUrl));
        }
        for (int i = 0; i < written.size(); i++) {
            writeCountries(written.get(i), page.extractions().get(i));
        }
        for (int i = 0; i < written.size(); i++) {
            writeMetrics(written.get(i), page.extractions().get(i));
        }
        for (int i = 0; i < written.size(); i++) {
            writeQuotations(written.get(i), page.extractions().get(i));
        }

        List<QuoteRow> quoteRows = new ArrayList<>();
        Set<String> pairs = new LinkedHashSet<>();
        for (TickerQuote t : page.split().quotes()) {
            if (!pairs.add(t.base() + "/" + t.quote())) {
                continue; // one row per pair and page: the first line of the pair wins
            }
            Quote q = new Quote();
            q.page = p;
            q.base = t.base();
            q.quote = t.quote();
            q.rate = t.rate();
            q.changePercent = t.changePercent();
            q.asOf = publishedOn;
            q.countryCode = countries.countryOfCurrency(t.base()).orElse(null);
            quotes.persist(q);
            quoteRows.add(new QuoteRow(q.id, p.id, q.base, q.quote, q.rate, q.changePercent, q.asOf, q.countryCode, null));
        }
        em.flush();
        int figures = page.extractions().stream().mapToInt(e -> e.metrics().size()).sum();
        return new IngestOutcome(p.id, rows, quoteRows, rows.size(), 0, figures);
    }

    private void writeCountries(Article a, Extraction found) {
        String primary = known(found.primaryCountry());
        boolean primaryWritten = false;
        for (CountryMention m : found.countries()) {
            String code = known(m.code());
            if (code == null) {
                continue;
            }
            boolean isPrimary = code.equals(primary);
            primaryWritten |= isPrimary;
            em.persist(articleCountry(a, code, isPrimary ? MentionRole.PRIMARY : MentionRole.MENTIONED, m.count()));
        }
        if (primary != null && !primaryWritten) {
            em.persist(articleCountry(a, primary, MentionRole.PRIMARY, 0));
        }
    }

    private static ArticleCountry articleCountry(Article a, String code, MentionRole role, int count) {
        ArticleCountry ac = new ArticleCountry();
        ac.id = new ArticleCountry.Key(a.id, code);
        ac.article = a;
        ac.role = role;
        ac.mentionCount = count;
        ac.publishedOn = a.publishedOn;
        return ac;
    }

    private void writeMetrics(Article a, Extraction found) {
        int position = 0;
        for (MetricMention m : found.metrics()) {
            Metric metric = new Metric();
            metric.article = a;
            metric.position = position++;
            metric.countryCode = known(m.country());
            metric.value = m.value();
            metric.kind = m.kind();
            metric.unit = m.unit();
            metric.surface = m.surface();
            metric.label = m.label();
            metric.sentence = m.sentence();
            metric.startOffset = m.start();
            metric.endOffset = m.end();
            metric.publishedOn = a.publishedOn;
            em.persist(metric);
        }
    }

    private void writeQuotations(Article a, Extraction found) {
        int position = 0;
        for (QuotationMention m : found.quotations()) {
            Quotation q = new Quotation();
            q.article = a;
            q.position = position++;
            q.speaker = m.speaker();
            q.text = m.text();
            q.startOffset = m.start();
            q.endOffset = m.end();
            em.persist(q);
        }
    }

    /** The code if it is a country of the directory, else null (a recognizer may know codes the table lacks). */
    private String known(String code) {
        return countries.find(code).map(e -> e.code()).orElse(null);
    }

    private IngestOutcome storedOutcome(long pageId) {
        List<ArticleRow> stored = articles.listRowsByPage(pageId);
        return new IngestOutcome(pageId, stored, quotes.listByPage(pageId), 0, stored.size(), 0);
    }

    private String sectionsJson(ArticleText text) {
        ArrayNode array = json.createArrayNode();
        for (Section s : text.sections()) {
            ObjectNode node = array.addObject();
            node.put("heading", s.heading());
            ArrayNode paragraphs = node.putArray("paragraphs");
            s.paragraphs().forEach(paragraphs::add);
        }
        return array.toString();
    }

    private static long lockKey(String contentHash) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(contentHash, 0, 16)).getLong();
    }
}
