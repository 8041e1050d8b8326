package dev.newsgraph.graphql;

import dev.newsgraph.model.ArticleFilter;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.CountryDirectory;
import dev.newsgraph.model.MetricFilter;
import dev.newsgraph.model.MetricRepository;
import dev.newsgraph.model.MetricRow;
import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.QuoteRepository;
import dev.newsgraph.model.QuoteRow;
import dev.newsgraph.model.Slice;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Countries and what hangs off them: stories, figures, currency quotes. */
@GraphQLApi
public class CountryApi {

    @Inject
    CountryDirectory directory;

    @Inject
    Countries countries;

    @Inject
    ArticleRepository articles;

    @Inject
    MetricRepository metrics;

    @Inject
    QuoteRepository quotes;

    @Query
    @Description("Every country of ISO 3166-1, ordered by code.")
    public @NonNull List<@NonNull CountryNode> countries() {
        return directory.all().stream().map(CountryNode::of).toList();
    }

    @Query
    @Description("One country by its ISO 3166-1 alpha-2 code, in any case. NOT_FOUND if no country has the code.")
    public CountryNode country(@Id @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. KG.") String code) {
        return countries.node(countries.require(code, "code"));
    }

    /** Batched: the stories of all the countries in a result come from one statement (no N+1). */
    @Description("Stories that name this country, newest first.")
    public @NonNull List<@NonNull ArticleConnection> stories(
            @Source List<CountryNode> sources,
            @DefaultValue("ANY") @Description("Which stories: about the country, naming it besides, or both.") MentionRoleFilter role,
            @Description("First publication day, inclusive.") LocalDate from,
            @Description("Last publication day, inclusive.") LocalDate to,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        return stories(sources, role, from, to, first, after, last, before, Lookahead.ALL);
    }

    /** As above, joining the page only when the query selects a story's source URL. */
    List<ArticleConnection> stories(List<CountryNode> sources, MentionRoleFilter role, LocalDate from, LocalDate to,
                                    Integer first, String after, Integer last, String before, Lookahead lookahead) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 20);
        ArticleFilter filter = new ArticleFilter(null, role == null ? null : role.toModel(), from, to, null);
        Map<String, Slice<ArticleRow>> byCountry = articles.listStoriesByCountries(codes(sources), filter, page,
                lookahead.nodesSelect("sourceUrl"));
        List<ArticleConnection> out = new ArrayList<>(sources.size());
        for (CountryNode c : sources) {
            out.add(ArticleConnection.of(byCountry.getOrDefault(c.code(), Slice.empty()), page, filter.forCountry(c.code())));
        }
        return out;
    }

    /** Batched: one statement for the figures of all the countries in a result. */
    @Description("Figures about this country, newest article first.")
    public @NonNull List<@NonNull MetricConnection> metrics(
            @Source List<CountryNode> sources,
            @Description("Only figures of this kind.") FigureKind kind,
            @Description("First publication day of the article, inclusive.") LocalDate from,
            @Description("Last publication day of the article, inclusive.") LocalDate to,
            @DefaultValue("50") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        return metrics(sources, kind, from, to, first, after, last, before, Lookahead.ALL);
    }

    /** As above, reading the figures' sentences only when the query selects them. */
    List<MetricConnection> metrics(List<CountryNode> sources, FigureKind kind, LocalDate from, LocalDate to,
                                   Integer first, String after, Integer last, String before, Lookahead lookahead) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 50);
        MetricFilter filter = new MetricFilter(null, kind == null ? null : kind.toModel(), null, null, null, from, to);
        Map<String, Slice<MetricRow>> byCountry = metrics.listByCountries(codes(sources), filter, page,
                lookahead.nodesSelect("sentence"), lookahead.nodesSelect("usd"));
        List<MetricConnection> out = new ArrayList<>(sources.size());
        for (CountryNode c : sources) {
            out.add(MetricConnection.of(byCountry.getOrDefault(c.code(), Slice.empty()), page, filter.forCountry(c.code())));
        }
        return out;
    }

    /** Batched: one statement for the quote series of all the countries in a result. */
    @Description("Daily quotes of this country's currency (one point per day: the latest page's), oldest first.")
    public @NonNull List<@NonNull List<@NonNull QuoteNode>> quotes(
            @Source List<CountryNode> sources,
            @Description("First day, inclusive.") LocalDate from,
            @Description("Last day, inclusive.") LocalDate to) {
        Map<String, List<QuoteRow>> byCountry = quotes.listSeriesByCountries(codes(sources), from, to);
        List<List<QuoteNode>> out = new ArrayList<>(sources.size());
        for (CountryNode c : sources) {
            out.add(byCountry.getOrDefault(c.code(), List.of()).stream().map(QuoteNode::of).toList());
        }
        return out;
    }

    /** Batched: one statement for the latest quote of all the countries in a result. */
    @Description("The newest quote of this country's currency, if any.")
    public List<QuoteNode> latestQuote(@Source List<CountryNode> sources) {
        Map<String, QuoteRow> byCountry = quotes.latestByCountries(codes(sources));
        List<QuoteNode> out = new ArrayList<>(sources.size());
        for (CountryNode c : sources) {
            QuoteRow q = byCountry.get(c.code());
            out.add(q == null ? null : QuoteNode.of(q));
        }
        return out;
    }

    private static List<String> codes(List<CountryNode> sources) {
        return sources.stream().map(CountryNode::code).distinct().toList();
    }
}
