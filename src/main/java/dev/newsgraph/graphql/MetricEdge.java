package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MetricEdge")
@Description("A figure in a connection, with its cursor.")
public record MetricEdge(
        @NonNull @Description("Opaque position of this figure in the list.") String cursor,
        @NonNull @Description("The figure.") MetricNode node) {
}
