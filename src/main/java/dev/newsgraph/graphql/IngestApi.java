package dev.newsgraph.graphql;

import dev.newsgraph.ingest.IngestOutcome;
import dev.newsgraph.ingest.IngestRequest;
import dev.newsgraph.ingest.IngestService;
import dev.newsgraph.ingest.InvalidPageException;
import dev.newsgraph.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The write side of the API. */
@GraphQLApi
public class IngestApi {

    @Inject
    IngestService ingest;

    @Mutation
    @RolesAllowed(ApiKeys.WRITER)
    @Description("Extracts articles, countries, figures, quotations and ticker quotes from a page and stores them "
            + "in one transaction. The same page twice is stored once. BAD_USER_INPUT for empty, binary, oversized "
            + "or article-less text; nothing is written then. Needs an API key (X-API-Key header): UNAUTHORIZED without.")
    public @NonNull IngestResult ingest(@NonNull @Description("The page.") IngestInput input) {
        IngestOutcome outcome;
        try {
            outcome = ingest.ingest(new IngestRequest(input.text(), input.sourceUrl(), input.publishedOn()));
        } catch (InvalidPageException e) {
            throw new BadUserInputException(e.getMessage());
        }
        return new IngestResult(outcome.articles().stream().map(ArticleNode::of).toList(),
                outcome.quotes().stream().map(QuoteNode::of).toList(), outcome.created(), outcome.duplicates());
    }
}
