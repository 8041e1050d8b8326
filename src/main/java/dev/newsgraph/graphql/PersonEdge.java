package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("PersonEdge")
@Description("A person in a connection, with its cursor.")
public record PersonEdge(
        @NonNull @Description("Opaque position of this person in the list.") String cursor,
        @NonNull @Description("The person.") PersonNode node) {
}
