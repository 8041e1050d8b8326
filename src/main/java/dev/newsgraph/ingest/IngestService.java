package dev.newsgraph.ingest;

import dev.newsgraph.config.NewsGraphConfig;

import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.language.TextLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only writer: takes a page through splitting and extraction, then stores it and everything found in
 * it in one transaction. The same page twice is a no-op (content hash), and a page that fails validation
 * writes nothing.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final PageSplitter splitter = new PageSplitter();

    @Inject
    ArticleExtractor extractor;

    @Inject
    PageWriter writer;

    @Inject
    NewsGraphConfig config;

    @Inject
    Event<PagesChanged> changed;

    @Inject
    IngestMetrics metrics;

    /**
     * @throws InvalidPageException when the text is empty, too large, binary or holds no article; nothing
     *                              is written then
     */
    public IngestOutcome ingest(IngestRequest request) {
        try {
            IngestOutcome outcome = ingestPage(request);
            if (outcome.created() > 0) {
                metrics.ingest("created", outcome.created(), outcome.figures());
            } else {
                metrics.ingest("duplicate", 0, 0);
            }
            return outcome;
        } catch (InvalidPageException e) {
            metrics.ingest("rejected", 0, 0);
            throw e;
        } catch (RuntimeException e) {
            metrics.ingest("failed", 0, 0);
            throw e;
        }
    }

    private IngestOutcome ingestPage(IngestRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidPageException("The page text is empty.");
        }
        long bytes = PageText.utf8Length(text);
        int limit = config.ingest().maxPageBytes();
        if (bytes > limit) {
            throw new InvalidPageException("The page is " + bytes + " bytes; the limit is " + limit + " bytes.");
        }
        String canonical = PageText.canonical(text);
        String hash = PageText.contentHash(canonical);

        // Most repeats are caught here without splitting or extracting; the writer checks again under a lock.
        Optional<IngestOutcome> stored = writer.findStored(hash);
        if (stored.isPresent()) {
            LOG.debugf("Page %s is already stored (page %d)", hash, stored.get().pageId());
            return stored.get();
        }

        SplitPage split = splitter.split(canonical);
        List<Extraction> extractions = new ArrayList<>(split.articles().size());
        String language = TextLanguage.detect(canonical); // once per page; each article in another script on its own
        for (ArticleText article : split.articles()) {
            extractions.add(extractor.extract(article, language));
        }
        IngestOutcome outcome = writer.write(new ExtractedPage(text, hash, request.sourceUrl(), split, extractions),
                request.publishedOn());
        if (outcome.created() > 0) {
            changed.fire(new PagesChanged(outcome.pageId()));
            LOG.infof("Ingested page %d: %d articles, %d quotes", outcome.pageId(), outcome.created(),
                    outcome.quotes().size());
        }
        return outcome;
    }
}
