package dev.newsgraph.graphql;

import dev.newsgraph.ingest.IngestOutcome;
import dev.newsgraph.ingest.IngestRequest;
import dev.newsgraph.ingest.IngestService;
import dev.newsgraph.ingest.InvalidPageException;
import dev.newsgraph.ingest.PublishedOn;
import dev.newsgraph.ingest.QuoteUploadOutcome;
import dev.newsgraph.ingest.QuoteUploadService;
import dev.newsgraph.ingest.ReprocessService;
import dev.newsgraph.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

/** The write side of the API. */
@GraphQLApi
public class IngestApi {

    static final int MAX_REPROCESS_IDS = 1000;

    @Inject
    IngestService ingest;

    @Inject
    ReprocessService reprocessing;

    @Inject
    QuoteUploadService uploads;

    @Mutation
    @RolesAllowed(ApiKeys.WRITER)
    @Description("Extracts articles, countries, figures, quotations and ticker quotes from a page and stores them "
            + "in one transaction. The same page twice is stored once. BAD_USER_INPUT for empty, binary, oversized "
            + "or article-less text; nothing is written then. Needs an API key (X-API-Key header): UNAUTHORIZED without.")
    public @NonNull IngestResult ingest(@NonNull @Description("The page.") IngestInput input) {
        IngestOutcome outcome;
        try {
            outcome = ingest.ingest(new IngestRequest(input.text(), input.sourceUrl(), PublishedOn.parse(input.publishedOn())));
        } catch (InvalidPageException e) {
            throw new BadUserInputException(e.getMessage());
        }
        return new IngestResult(Long.toString(outcome.pageId()), outcome.articles().stream().map(ArticleNode::of).toList(),
                outcome.quotes().stream().map(QuoteNode::of).toList(), outcome.created(), outcome.duplicates());
    }

    @Mutation
    @RolesAllowed(ApiKeys.WRITER)
    @Description("Stores currency rates from outside the page tickers: a file of date,base,quote,rate rows (the shape "
            + "central banks publish: 2025-03-05,USD,KZT,497.53 is one US dollar for 497.53 tenge), in one transaction. "
            + "The same file twice is stored once. Money figures are converted to USD with these rates as with the "
            + "tickers', older figures included. BAD_USER_INPUT for an empty or oversized file or a line that breaks "
            + "the rules (the message names the line); nothing is written then. Needs an API key (X-API-Key header).")
    public @NonNull QuotesResult ingestQuotes(@NonNull @Description("The file of rates.") QuotesInput input) {
        QuoteUploadOutcome outcome;
        try {
            outcome = uploads.upload(input.csv(), input.source());
        } catch (InvalidPageException e) {
            throw new BadUserInputException(e.getMessage());
        }
        return new QuotesResult(Long.toString(outcome.uploadId()), outcome.quotes().stream().map(QuoteNode::of).toList(),
                outcome.created(), outcome.duplicates());
    }

    @Mutation
    @RolesAllowed(ApiKeys.WRITER)
    @Description("Re-runs the current extraction rules over stored pages (all of them, or those given), one "
            + "transaction per page, so that better rules reach old data. Articles whose headline is unchanged "
            + "keep their id. Needs an API key (X-API-Key header).")
    public @NonNull ReprocessResult reprocessPages(
            @Description("Only these pages (ids as returned by the REST upload); every page when omitted.")
            List<String> pageIds) {
        List<Long> ids = null;
        if (pageIds != null) {
            if (pageIds.size() > MAX_REPROCESS_IDS) {
                throw new BadUserInputException("At most " + MAX_REPROCESS_IDS + " page ids at once; omit pageIds for all.");
            }
            ids = new ArrayList<>();
            for (String id : pageIds) {
                if (id == null) {
                    throw new BadUserInputException("pageIds must not contain null.");
                }
                try {
                    ids.add(Long.parseLong(id));
                } catch (NumberFormatException e) {
                    throw new BadUserInputException("'" + Countries.abbreviate(id) + "' is not a page id.");
                }
            }
        }
        return ReprocessResult.of(reprocessing.reprocess(ids));
    }
}
