package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("IngestResult")
@Description("What a page yields. A page already stored is not written again: its stored articles and quotes "
        + "come back with created = 0 and duplicates = their number.")
public record IngestResult(
        @Id @NonNull @Description("The stored page (for reprocessPages).") String pageId,
        @NonNull @Description("The page's articles, in page order.") List<@NonNull ArticleNode> articles,
        @NonNull @Description("The page's currency quotes, one per ticker pair.") List<@NonNull QuoteNode> quotes,
        @Description("Articles written by this request.") int created,
        @Description("Articles of the page that were already stored.") int duplicates) {
}
