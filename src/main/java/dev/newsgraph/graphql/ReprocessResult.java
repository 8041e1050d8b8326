package dev.newsgraph.graphql;

import dev.newsgraph.ingest.ReprocessOutcome;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What re-running the current extraction rules over stored pages changed.")
public record ReprocessResult(
        @Description("Pages processed.") int pages,
        @Description("Pages whose extraction came out different and was replaced.") int changedPages,
        @Description("Articles that appeared (a headline the old rules did not find).") int articlesAdded,
        @Description("Articles that disappeared.") int articlesRemoved,
        @Description("Figures of the processed pages before.") int metricsBefore,
        @Description("Figures of the processed pages after.") int metricsAfter,
        @Description("Quotations of the processed pages before.") int quotationsBefore,
        @Description("Quotations of the processed pages after.") int quotationsAfter,
        @Id @NonNull @Description("Pages that could not be processed; each was left as it was.") List<@NonNull String> failedPages) {

    static ReprocessResult of(ReprocessOutcome o) {
        return new ReprocessResult(o.pages(), o.changedPages(), o.articlesAdded(), o.articlesRemoved(), o.metricsBefore(),
                o.metricsAfter(), o.quotationsBefore(), o.quotationsAfter(),
                o.failedPages().stream().map(String::valueOf).toList());
    }
}
