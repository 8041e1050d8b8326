package dev.newsgraph.graphql;

import dev.newsgraph.model.QuotationRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Quotation")
@Description("Direct speech quoted in an article.")
public record QuotationNode(
        @Id @NonNull @Description("Opaque global id of the quotation (node(id:) takes it).") String id,
        @Description("Who said it, as the article names them.") String speaker,
        @NonNull @Description("The quoted words, without the quote marks.") String text,
        @Description("The title or role the article gives the speaker there, e.g. 'Deputy Prime Minister'.") String speakerTitle,
        @Ignore long articleKey,
        @Ignore Long personKey) implements Node {

    static QuotationNode of(QuotationRow r) {
        return new QuotationNode(GlobalId.of(GlobalId.QUOTATION, r.id()), r.speaker(), r.text(), r.speakerTitle(), r.articleId(),
                r.personId());
    }
}
