package dev.newsgraph.ingest;

import dev.newsgraph.model.QuoteRow;
import dev.newsgraph.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** REST upload of a file of currency rates: the body is {@code date,base,quote,rate} rows, UTF-8. */
@Path("/api/quotes")
public class QuoteResource {

    @Inject
    QuoteUploadService uploads;

    /** What a file yielded. */
    public record StoredQuotes(long uploadId, int created, int duplicates, List<StoredRate> quotes) {
    }

    public record StoredRate(LocalDate date, String base, String quote, BigDecimal rate) {
    }

    @POST
    @RolesAllowed(ApiKeys.WRITER)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, "text/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload currency rates", description = "Stores a file of date,base,quote,rate rows (the shape "
            + "central banks publish: 2025-03-05,USD,KZT,497.53 is one US dollar for 497.53 tenge) in one transaction. "
            + "The same file twice is stored once. Money figures are converted to USD with these rates as with the "
            + "tickers', older figures included.")
    @APIResponse(responseCode = "201", description = "The file was stored")
    @APIResponse(responseCode = "200", description = "The file was already stored; nothing was written")
    @APIResponse(responseCode = "400", description = "Empty, invalid UTF-8, or a line that breaks the rules (the message names it)")
    @APIResponse(responseCode = "401", description = "No valid API key in the X-API-Key header; nothing was written")
    @APIResponse(responseCode = "413", description = "The body is over the configured limit")
    public Response upload(byte[] body,
                           @Parameter(description = "Who published the rates (e.g. National Bank of Kazakhstan); at most 100 characters")
                           @QueryParam("source") String source) {
        if (body == null || body.length == 0) {
            throw new InvalidPageException("The file of rates is empty.");
        }
        QuoteUploadOutcome outcome = uploads.upload(PageResource.decode(body), source);
        List<StoredRate> rates = outcome.quotes().stream().map(QuoteResource::rate).toList();
        return Response.status(outcome.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(new StoredQuotes(outcome.uploadId(), outcome.created(), outcome.duplicates(), rates)).build();
    }

    private static StoredRate rate(QuoteRow q) {
        return new StoredRate(q.asOf(), q.base(), q.quote(), q.rate().stripTrailingZeros());
    }
}
