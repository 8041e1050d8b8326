package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.Page;
import dev.newsgraph.model.PageRepository;
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
    ExtractionWriter extraction;

    @Inject
    IngestFaults faults;

    @Inject
    PageNotifications notifications;

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
        LocalDate publishedOn = ExtractionWriter.publicationDay(page.split(), requestedDate, now.toLocalDate());

        Page p = new Page();
        p.contentHash = page.contentHash();
        p.sourceUrl = page.sourceUrl();
        p.publishedOn = dateLine != null ? dateLine : requestedDate;
        p.text = page.text();
        p.language = mostCommonLanguage(page.extractions());
        p.ingestedAt = now;
        pages.persist(p);

        List<ArticleRow> rows = new ArrayList<>();
        List<Article> written = new ArrayList<>();
        List<ArticleText> texts = page.split().articles();
        for (int i = 0; i < texts.size(); i++) {
            Article a = new Article();
            extraction.fill(a, p, i, texts.get(i), publishedOn, page.extractions().get(i).language());
            articles.persist(a);
            written.add(a);
            rows.add(new ArticleRow(a.id, p.id, i, a.title, publishedOn, p.sourceUrl, a.language));
        }
        faults.afterArticles(p);
        Set<Long> people = extraction.writeChildren(written, page.extractions());
        List<QuoteRow> quoteRows = extraction.writeQuotes(p, page.split().quotes(), publishedOn);
        em.flush();
        extraction.refreshPeople(people);
        notifications.announce(em, PageCommitted.Change.INGESTED, p.id);
        int figures = page.extractions().stream().mapToInt(e -> e.metrics().size()).sum();
        return new IngestOutcome(p.id, rows, quoteRows, rows.size(), 0, figures);
    }

    private IngestOutcome storedOutcome(long pageId) {
        List<ArticleRow> stored = articles.listRowsByPage(pageId);
        return new IngestOutcome(pageId, stored, quotes.listByPage(pageId), 0, stored.size(), 0);
    }

    private static long lockKey(String contentHash) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(contentHash, 0, 16)).getLong();
    }

    /** The language most of the page's articles are written in (the first one's on a tie); English for none. */
    static String mostCommonLanguage(List<dev.newsgraph.extract.Extraction> extractions) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        extractions.forEach(e -> counts.merge(e.language(), 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse("en");
    }
}
