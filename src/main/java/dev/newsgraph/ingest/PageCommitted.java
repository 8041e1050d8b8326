package dev.newsgraph.ingest;

/**
 * A transaction that wrote a page has committed, on this replica or another: heard through PostgreSQL's
 * LISTEN/NOTIFY ({@link PageNotifications}), on every replica, in commit order, once per commit.
 *
 * @param change what the transaction did to the page
 * @param local  whether this replica wrote it
 */
public record PageCommitted(long pageId, Change change, boolean local) {

    public enum Change {
        /** A new page and its articles, figures, quotations and quotes were stored (never for a duplicate). */
        INGESTED,
        /** Stored pages were extracted again by newer rules. */
        REPROCESSED
    }
}
