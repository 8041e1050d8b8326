package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an article list.")
public enum ArticleOrder {
    @Description("Newest first (ties: highest id first).")
    PUBLISHED_DESC,
    @Description("Oldest first (ties: lowest id first).")
    PUBLISHED_ASC
}
