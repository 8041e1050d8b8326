package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("QuotationEdge")
@Description("A quotation in a connection, with its cursor.")
public record QuotationEdge(
        @NonNull @Description("Opaque position of this quotation in the list.") String cursor,
        @NonNull @Description("The quotation.") QuotationNode node) {
}
