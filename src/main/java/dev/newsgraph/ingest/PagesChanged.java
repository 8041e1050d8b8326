package dev.newsgraph.ingest;

/** Fired after a transaction that stored new data has committed: read caches must drop what they hold. */
public record PagesChanged(long pageId) {
}
