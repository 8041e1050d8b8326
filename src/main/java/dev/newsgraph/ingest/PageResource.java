package dev.newsgraph.ingest;

import dev.newsgraph.model.ArticleCountryRepository;
import dev.newsgraph.model.ArticleCountryRow;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.MentionRole;
import dev.newsgraph.model.MetricRepository;
import dev.newsgraph.model.MetricRow;
import dev.newsgraph.model.QuotationRepository;
import dev.newsgraph.model.QuotationRow;
import dev.newsgraph.model.QuoteRow;
import dev.newsgraph.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** REST upload of a page: the body is the page as plain UTF-8 text. */
@Path("/api/pages")
public class PageResource {

    @Inject
    IngestService ingest;

    @Inject
    ArticleCountryRepository articleCountries;

    @Inject
    MetricRepository metrics;

    @Inject
    QuotationRepository quotations;

    /** What a page yielded. */
    public record StoredPage(long pageId, int created, int duplicates, List<StoredArticle> articles,
                             List<StoredQuote> quotes) {
    }

    public record StoredArticle(long id, String title, LocalDate publishedOn, String primaryCountry,
                                List<String> countries, List<StoredMetric> metrics, List<StoredQuotation> quotations) {
    }

    public record StoredMetric(String surface, double value, String kind, String unit, String label, String country) {
    }

    public record StoredQuotation(String speaker, String text) {
    }

    public record StoredQuote(String base, String quote, BigDecimal rate, BigDecimal changePercent, LocalDate asOf) {
    }

    @POST
    @RolesAllowed(ApiKeys.WRITER)
    @Consumes({MediaType.TEXT_PLAIN, "text/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a page", description = "Stores a page (digest layout or single article) and everything "
            + "extracted from it in one transaction. The same page twice is stored once.")
    @APIResponse(responseCode = "201", description = "The page was stored")
    @APIResponse(responseCode = "200", description = "The page was already stored; nothing was written")
    @APIResponse(responseCode = "400", description = "Empty, binary, invalid UTF-8 or article-less text, or a bad parameter")
    @APIResponse(responseCode = "401", description = "No valid API key in the X-API-Key header; nothing was written")
    @APIResponse(responseCode = "413", description = "The body is over the configured limit")
    public Response upload(byte[] body,
                           @Parameter(description = "Where the page was scraped from") @QueryParam("sourceUrl") String sourceUrl,
                           @Parameter(description = "The page's date (YYYY-MM-DD, or an ISO-8601 date-time whose date is kept), "
                                   + "used when it has no date line")
                           @QueryParam("publishedOn") String publishedOn) {
        IngestOutcome outcome = ingest.ingest(new IngestRequest(decode(body), sourceUrl, PublishedOn.parse(publishedOn)));
        return Response.status(outcome.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(describe(outcome)).build();
    }

    @Transactional
    StoredPage describe(IngestOutcome outcome) {
        List<Long> ids = outcome.articles().stream().map(ArticleRow::id).toList();
        Map<Long, List<ArticleCountryRow>> countries = articleCountries.listByArticles(ids);
        Map<Long, List<MetricRow>> figures = metrics.listByArticles(ids, null, null);
        Map<Long, List<QuotationRow>> quotes = quotations.listByArticles(ids);
        List<StoredArticle> articles = outcome.articles().stream().map(a -> {
            List<ArticleCountryRow> cs = countries.getOrDefault(a.id(), List.of());
            return new StoredArticle(a.id(), a.title(), a.publishedOn(),
                    cs.stream().filter(c -> c.role() == MentionRole.PRIMARY).map(ArticleCountryRow::countryCode)
                            .findFirst().orElse(null),
                    cs.stream().map(ArticleCountryRow::countryCode).toList(),
                    figures.getOrDefault(a.id(), List.of()).stream().map(m -> new StoredMetric(m.surface(), m.value(),
                            m.kind().name(), m.unit(), m.label(), m.countryCode())).toList(),
                    quotes.getOrDefault(a.id(), List.of()).stream()
                            .map(q -> new StoredQuotation(q.speaker(), q.text())).toList());
        }).toList();
        List<StoredQuote> stored = outcome.quotes().stream().map(PageResource::quote).toList();
        return new StoredPage(outcome.pageId(), outcome.created(), outcome.duplicates(), articles, stored);
    }

    private static StoredQuote quote(QuoteRow q) {
        return new StoredQuote(q.base(), q.quote(), q.rate().stripTrailingZeros(),
                q.changePercent() == null ? null : q.changePercent().stripTrailingZeros(), q.asOf());
    }

    /** Strict UTF-8: a body that is not valid UTF-8 is refused rather than silently repaired. */
    static String decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidPageException("The page text is empty.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPageException("The body is not valid UTF-8 text.");
        }
    }

}
