package dev.newsgraph.ingest;

/**
 * Fired after a transaction that stored new data has committed: read caches must drop what they hold.
 * {@code pageId} is the page written, or -1 for several pages or none (a file of rates).
 */
public record PagesChanged(long pageId) {
}
