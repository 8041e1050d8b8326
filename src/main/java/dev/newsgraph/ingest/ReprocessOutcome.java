package dev.newsgraph.ingest;

import java.util.List;

/**
 * What re-running the rules over stored pages changed.
 *
 * @param pages        pages processed
 * @param changedPages pages whose extraction came out different
 * @param failedPages  ids of pages that could not be processed (each left as it was)
 */
public record ReprocessOutcome(int pages, int changedPages, int articlesAdded, int articlesRemoved,
                               int metricsBefore, int metricsAfter, int quotationsBefore, int quotationsAfter,
                               List<Long> failedPages) {
}
