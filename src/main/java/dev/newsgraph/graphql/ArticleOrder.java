package dev.newsgraph.graphql;

import dev.newsgraph.model.PageRequest;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of an article list.")
public enum ArticleOrder {
    @Description("Newest first (ties: highest id first).")
    PUBLISHED_DESC,
    @Description("Oldest first (ties: lowest id first).")
    PUBLISHED_ASC,
    @Description("Best search match first; only with 'search' (the default there).")
    RELEVANCE;

    PageRequest.Order toModel() {
        return PageRequest.Order.valueOf(name());
    }
}
