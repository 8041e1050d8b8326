package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("QuotesResult")
@Description("What a file of rates yields. A file already stored is not written again: its stored quotes come back "
        + "with created = 0 and duplicates = their number.")
public record QuotesResult(
        @Id @NonNull @Description("The stored file.") String uploadId,
        @NonNull @Description("The file's quotes, in file order.") List<@NonNull QuoteNode> quotes,
        @Description("Quotes written by this request.") int created,
        @Description("Quotes of the file that were already stored.") int duplicates) {
}
