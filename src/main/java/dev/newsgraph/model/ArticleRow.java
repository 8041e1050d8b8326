package dev.newsgraph.model;

import java.time.LocalDate;

/** The scalar columns of an article that lists show; children are loaded in batches by id. */
public record ArticleRow(long id, long pageId, int position, String title, LocalDate publishedOn, String sourceUrl) {

    public Keyset keyset() {
        return new Keyset(publishedOn, id);
    }
}
