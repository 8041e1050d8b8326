package dev.newsgraph.graphql;

import dev.newsgraph.model.QuotationRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Quotation")
@Description("Direct speech quoted in an article.")
public record QuotationNode(
        @Description("Who said it, as the article names them.") String speaker,
        @NonNull @Description("The quoted words, without the quote marks.") String text,
        @Ignore long articleKey) {

    static QuotationNode of(QuotationRow r) {
        return new QuotationNode(r.speaker(), r.text(), r.articleId());
    }
}
