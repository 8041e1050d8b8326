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
        @Description("The title or role the article gives the speaker there, e.g. 'Deputy Prime Minister'.") String speakerTitle,
        @Ignore long articleKey,
        @Ignore Long personKey) {

    static QuotationNode of(QuotationRow r) {
        return new QuotationNode(r.speaker(), r.text(), r.speakerTitle(), r.articleId(), r.personId());
    }
}
