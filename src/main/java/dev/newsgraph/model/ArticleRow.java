package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * The scalar columns of an article that lists show; children are loaded in batches by id. {@code rank} is
 * the search relevance when the row comes from a search, else null.
 */
public record ArticleRow(long id, long pageId, int position, String title, LocalDate publishedOn, String sourceUrl,
                         String language, Float rank) {

    public ArticleRow(long id, long pageId, int position, String title, LocalDate publishedOn, String sourceUrl,
                      String language) {
        this(id, pageId, position, title, publishedOn, sourceUrl, language, null);
    }

    /** The row's position in a list of the given order. */
    public Keyset keyset(PageRequest.Order order) {
        return order == PageRequest.Order.RELEVANCE && rank != null ? Keyset.ofRank(rank, id) : new Keyset(publishedOn, id);
    }
}
