package dev.newsgraph.ingest;

import dev.newsgraph.extract.language.TextLanguage;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.model.PageRepository;
import dev.newsgraph.model.PersonStore;
import dev.newsgraph.model.StoredPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs the current extraction rules over stored pages, one transaction per page, so that better rules
 * reach old data. A page that fails is left as it was and reported; the others go on. People are rebuilt with
 * the pages: each rewritten page links its quotations to people by the current matcher, and the people no
 * quotation names any more are removed at the end.
 */
@ApplicationScoped
public class ReprocessService {

    private static final Logger LOG = Logger.getLogger(ReprocessService.class);
    private static final int BATCH = 100;

    private final PageSplitter splitter = new PageSplitter();

    @Inject
    ArticleExtractor extractor;

    @Inject
    PageRepository pages;

    @Inject
    PageRewriter rewriter;

    @Inject
    Event<PagesChanged> changed;

    @Inject
    EntityManager em;

    /** Reprocesses the given pages, or every stored page when {@code pageIds} is null. */
    public ReprocessOutcome reprocess(List<Long> pageIds) {
        Tally tally = new Tally();
        if (pageIds != null) {
            pageIds.stream().distinct().forEach(id -> reprocessOne(id, tally));
        } else {
            long after = 0;
            List<Long> batch;
            do {
                long from = after;
                batch = QuarkusTransaction.requiringNew().call(() -> pages.listIds(from, BATCH));
                for (long id : batch) {
                    reprocessOne(id, tally);
                    after = id;
                }
            } while (batch.size() == BATCH);
        }
        int unquoted = QuarkusTransaction.requiringNew().call(
                () -> em.unwrap(Session.class).doReturningWork(PersonStore::removeUnquoted));
        if (tally.changed > 0 || unquoted > 0) {
            changed.fire(new PagesChanged(-1));
        }
        LOG.infof("Reprocessed %d pages: %d changed, %d failed; %d people no longer quoted removed", tally.pages,
                tally.changed, tally.failed.size(), unquoted);
        return new ReprocessOutcome(tally.pages, tally.changed, tally.added, tally.removed, tally.metricsBefore,
                tally.metricsAfter, tally.quotationsBefore, tally.quotationsAfter, List.copyOf(tally.failed));
    }

    private void reprocessOne(long pageId, Tally tally) {
        try {
            StoredPage page = QuarkusTransaction.requiringNew().call(() -> pages.findStoredPage(pageId)).orElse(null);
            if (page == null) {
                tally.failed.add(pageId);
                return;
            }
            SplitPage split = splitter.split(PageText.canonical(page.text()));
            List<Extraction> extractions = new ArrayList<>(split.articles().size());
            String language = TextLanguage.detect(split.articles().isEmpty() ? "" : PageText.canonical(page.text()));
            for (ArticleText a : split.articles()) {
                extractions.add(extractor.extract(a, language));
            }
            PageRewriter.Change change = rewriter.rewrite(page, split, extractions);
            tally.add(change);
        } catch (RuntimeException e) {
            LOG.warnf("Could not reprocess page %d: %s", pageId, e.toString());
            tally.failed.add(pageId);
        }
    }

    private static final class Tally {
        int pages;
        int changed;
        int added;
        int removed;
        int metricsBefore;
        int metricsAfter;
        int quotationsBefore;
        int quotationsAfter;
        final List<Long> failed = new ArrayList<>();

        void add(PageRewriter.Change c) {
            pages++;
            changed += c.changed() ? 1 : 0;
            added += c.articlesAdded();
            removed += c.articlesRemoved();
            metricsBefore += c.metricsBefore();
            metricsAfter += c.metricsAfter();
            quotationsBefore += c.quotationsBefore();
            quotationsAfter += c.quotationsAfter();
        }
    }
}
