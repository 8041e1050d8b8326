package dev.newsgraph.graphql;

import graphql.schema.DataFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How every nested field declared with {@code @Source List} is fetched: in batches ({@link NestedField}, loaded
 * ahead by {@link Prefetcher}), calling the API's method for all parents at once with the query's
 * {@link Lookahead}, or, for the fields that need no I/O, straight from the parent ({@link DirectField}). Keyed by {@code Type.field}; {@link Fetchers}
 * refuses to start when a batched field of the schema has no entry here.
 */
@ApplicationScoped
public class NestedFields {

    @Inject
    CountryApi countryApi;

    @Inject
    ArticleApi articleApi;

    @Inject
    MetricApi metricApi;

    @Inject
    QuoteApi quoteApi;

    @Inject
    NodeApi nodeApi;

    @Inject
    LiveFeed liveFeed;

    @Inject
    PersonApi personApi;

    @Inject
    Countries countries;

    /**
     * The query root fields, called straight with the query's arguments and {@link Lookahead} (SmallRye's fetcher
     * would build the whole query's selection as JSON on every call, for a context these methods do not use).
     * A root field missing here keeps SmallRye's fetcher.
     */
    Map<String, DataFetcher<?>> roots() {
        Map<String, DataFetcher<?>> f = new HashMap<>();
        root(f, "countries", (a, l) -> countryApi.countries());
        root(f, "country", (a, l) -> countryApi.country(a.string("code")));
        root(f, "article", (a, l) -> articleApi.article(a.string("id")));
        root(f, "articles", (a, l) -> articleApi.articles(a.string("country"), a.enumeration("role", MentionRoleFilter.class),
                a.date("from"), a.date("to"), a.string("search"), a.integer("first"), a.string("after"), a.integer("last"),
                a.string("before"), a.enumeration("orderBy", ArticleOrder.class)));
        root(f, "metrics", (a, l) -> metricApi.metrics(a.string("country"), a.enumeration("kind", FigureKind.class),
                a.string("unit"), a.string("label"), a.decimal("minValue"), a.decimal("maxValue"), a.decimal("minUsd"),
                a.decimal("maxUsd"), a.date("from"), a.date("to"), a.integer("first"), a.string("after"), a.integer("last"),
                a.string("before"), a.enumeration("orderBy", MetricOrder.class), l));
        root(f, "metricStats", (a, l) -> metricApi.metricStats(a.string("country"), a.enumeration("kind", FigureKind.class),
                a.string("unit"), a.string("label"), a.date("from"), a.date("to"), a.enumeration("groupBy", MetricGroup.class),
                a.enumeration("currency", StatCurrency.class)));
        root(f, "quotes", (a, l) -> quoteApi.quotes(a.string("base"), a.string("quote"), a.date("from"), a.date("to")));
        root(f, "latestQuotes", (a, l) -> quoteApi.latestQuotes());
        root(f, "node", (a, l) -> nodeApi.node(a.string("id")));
        root(f, "nodes", (a, l) -> nodeApi.nodes(a.strings("ids")));
        f.putAll(liveFeed.roots());
        root(f, "person", (a, l) -> personApi.person(a.string("id")));
        root(f, "people", (a, l) -> personApi.people(a.string("search"), a.string("country"),
                a.enumeration("kind", SpeakerType.class), a.integer("first"), a.string("after"), a.integer("last"),
                a.string("before")));
        return f;
    }

    @FunctionalInterface
    interface Root {
        Object get(FieldArguments arguments, Lookahead lookahead);
    }

    private static void root(Map<String, DataFetcher<?>> fetchers, String name, Root root) {
        fetchers.put("Query." + name, (DataFetcher<Object>) environment ->
                root.get(new FieldArguments(environment.getArguments()), Lookahead.of(environment)));
    }

    Map<String, DataFetcher<?>> fetchers() {
        Map<String, DataFetcher<?>> f = new HashMap<>();
        batch(f, "Country.stories", (List<CountryNode> s, FieldArguments a, Lookahead l) -> countryApi.stories(s,
                a.enumeration("role", MentionRoleFilter.class), a.date("from"), a.date("to"), a.integer("first"),
                a.string("after"), a.integer("last"), a.string("before"), l));
        batch(f, "Country.metrics", (List<CountryNode> s, FieldArguments a, Lookahead l) -> countryApi.metrics(s,
                a.enumeration("kind", FigureKind.class), a.date("from"), a.date("to"), a.integer("first"),
                a.string("after"), a.integer("last"), a.string("before"), l));
        batch(f, "Country.quotes", (List<CountryNode> s, FieldArguments a, Lookahead l) ->
                countryApi.quotes(s, a.date("from"), a.date("to")));
        batch(f, "Country.latestQuote", (List<CountryNode> s, FieldArguments a, Lookahead l) -> countryApi.latestQuote(s));

        batch(f, "Article.sections", (List<ArticleNode> s, FieldArguments a, Lookahead l) -> articleApi.sections(s));
        batch(f, "Article.primaryCountry", (List<ArticleNode> s, FieldArguments a, Lookahead l) -> articleApi.primaryCountry(s));
        batch(f, "Article.countries", (List<ArticleNode> s, FieldArguments a, Lookahead l) -> articleApi.countries(s));
        batch(f, "Article.metrics", (List<ArticleNode> s, FieldArguments a, Lookahead l) ->
                articleApi.metrics(s, a.enumeration("kind", FigureKind.class), a.integer("first"), l));
        batch(f, "Article.quotations", (List<ArticleNode> s, FieldArguments a, Lookahead l) -> articleApi.quotations(s));
        batch(f, "ArticleEdge.snippet", (List<ArticleEdge> s, FieldArguments a, Lookahead l) -> articleApi.snippet(s));
        batch(f, "ArticleConnection.totalCount", (List<ArticleConnection> s, FieldArguments a, Lookahead l) -> articleApi.totalCount(s));
        batch(f, "Quotation.article", (List<QuotationNode> s, FieldArguments a, Lookahead l) -> articleApi.article(s));

        batch(f, "MetricConnection.totalCount", (List<MetricConnection> s, FieldArguments a, Lookahead l) -> metricApi.totalCount(s));
        batch(f, "Metric.article", (List<MetricNode> s, FieldArguments a, Lookahead l) -> metricApi.article(s));
        batch(f, "Country.people", (List<CountryNode> s, FieldArguments a, Lookahead l) -> personApi.people(s,
                a.integer("first"), a.string("after"), a.integer("last"), a.string("before")));
        batch(f, "Person.quotations", (List<PersonNode> s, FieldArguments a, Lookahead l) -> personApi.quotations(s,
                a.date("from"), a.date("to"), a.string("title"), a.integer("first"), a.string("after"), a.integer("last"),
                a.string("before")));
        batch(f, "Person.articles", (List<PersonNode> s, FieldArguments a, Lookahead l) -> personApi.articles(s,
                a.date("from"), a.date("to"), a.integer("first"), a.string("after"), a.integer("last"), a.string("before"), l));
        batch(f, "Quotation.person", (List<QuotationNode> s, FieldArguments a, Lookahead l) -> personApi.person(s));
        batch(f, "PersonConnection.totalCount", (List<PersonConnection> s, FieldArguments a, Lookahead l) -> personApi.totalCount(s));
        batch(f, "QuotationConnection.totalCount", (List<QuotationConnection> s, FieldArguments a, Lookahead l) ->
                personApi.quotationTotalCount(s));
        f.put("Person.country", new DirectField<>(PersonNode.class, p -> countries.node(p.countryCode())));
        f.put("Metric.country", new DirectField<>(MetricNode.class, m -> countries.node(m.countryCode())));
        f.put("Quote.country", new DirectField<>(QuoteNode.class, q -> countries.node(q.countryCode())));
        f.put("MetricStat.country", new DirectField<>(MetricStat.class, m -> countries.node(m.countryCode())));
        return f;
    }

    private static <S, R> void batch(Map<String, DataFetcher<?>> fetchers, String name, NestedField.Load<S, R> load) {
        fetchers.put(name, new NestedField<>(name, load));
    }
}
