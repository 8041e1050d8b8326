package dev.newsgraph.ingest;

import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.QuoteRow;

import java.util.List;

/**
 * What an ingest stored, or found already stored.
 *
 * @param created    articles written by this ingest
 * @param duplicates articles of a page that was already stored (then nothing was written)
 * @param figures    figures written by this ingest
 */
public record IngestOutcome(long pageId, List<ArticleRow> articles, List<QuoteRow> quotes, int created,
                            int duplicates, int figures) {

    public boolean duplicate() {
        return created == 0 && duplicates > 0;
    }
}
