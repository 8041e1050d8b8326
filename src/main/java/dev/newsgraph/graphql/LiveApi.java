package dev.newsgraph.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;

import java.util.List;

/**
 * Live updates over WebSocket (graphql-transport-ws at /graphql, Quarkus' own transport). The engine calls
 * {@link LiveFeed}'s root fetchers for these fields (they know the subscriber's connection, and their events are
 * prefetched); these methods declare the fields and serve the same events to a direct Java caller.
 */
@GraphQLApi
public class LiveApi {

    @Inject
    LiveFeed feed;

    @Subscription
    @Description("Each new article, with whatever the subscription selects (figures, quotations, countries…), right "
            + "after the ingest that stored it commits, on any replica; never for a page that was rolled back or was "
            + "already stored. Over WebSocket (graphql-transport-ws) at /graphql.")
    @SuppressWarnings("unchecked")
    public Multi<ArticleNode> storyAdded(
            @Id @Description("Only articles naming this country (ISO alpha-2).") String country,
            @DefaultValue("ANY") @Description("With 'country': about it, naming it besides, or both.") MentionRoleFilter role) {
        return (Multi<ArticleNode>) (Multi<?>) Multi.createFrom().publisher(feed.storyAdded(null, country, role));
    }

    @Subscription
    @Description("The ticker quotes of each new page that has a ticker, right after its ingest commits, on any replica.")
    @SuppressWarnings("unchecked")
    public Multi<List<QuoteNode>> quotesUpdated(
            @Description("Only quotes of this base currency (ISO 4217), e.g. KGS.") String base) {
        return (Multi<List<QuoteNode>>) (Multi<?>) Multi.createFrom().publisher(feed.quotesUpdated(null, base));
    }
}
