package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ArticleEdge")
@Description("An article in a connection, with its cursor and, for a search, how well it matches.")
public record ArticleEdge(
        @NonNull @Description("Opaque position of this article in the list.") String cursor,
        @NonNull @Description("The article.") ArticleNode node,
        @Description("Search relevance (higher is better); null outside a search.") Float rank,
        @Ignore String search) {
}
