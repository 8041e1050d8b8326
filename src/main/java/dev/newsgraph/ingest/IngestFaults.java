package dev.newsgraph.ingest;

import dev.newsgraph.model.Page;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A seam in the middle of the write, between the articles and their children, where tests inject a
 * failure to prove that an ingest is one transaction. Does nothing in the service.
 */
@ApplicationScoped
public class IngestFaults {

    /** Called once the page and its articles are written, before their figures, quotations and quotes. */
    public void afterArticles(Page page) {
        // no fault in production
    }
}
