package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricFilter;
import dev.newsgraph.model.MetricRepository;
import dev.newsgraph.model.PageRequest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Extracted figures across all articles. */
@GraphQLApi
public class MetricApi {

    @Inject
    MetricRepository metrics;

    @Inject
    Countries countries;

    @Inject
    ArticleApi articleApi;

    @Query
    @Description("Figures across all articles, newest article first; filters combine.")
    public @NonNull MetricConnection metrics(
            @Description("Only figures about this country (ISO alpha-2).") @Id String country,
            @Description("Only figures of this kind.") FigureKind kind,
            @Description("Only figures with this unit (USD, %, km, t, head...).") String unit,
            @Description(LABEL) String label,
            @Description("Smallest value, inclusive.") Double minValue,
            @Description("Largest value, inclusive.") Double maxValue,
            @Description("Smallest value in US dollars, inclusive (see Metric.usd): only money figures with a rate.") Double minUsd,
            @Description("Largest value in US dollars, inclusive (see Metric.usd): only money figures with a rate.") Double maxUsd,
            @Description("First publication day of the article, inclusive.") LocalDate from,
            @Description("Last publication day of the article, inclusive.") LocalDate to,
            @DefaultValue("50") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before,
            @DefaultValue("PUBLISHED_DESC") @Description("Order of the list.") MetricOrder orderBy) {
        return metrics(country, kind, unit, label, minValue, maxValue, minUsd, maxUsd, from, to, first, after, last, before,
                orderBy, Lookahead.ALL);
    }

    /** As above, reading the figures' sentences and USD values only when the query selects them. */
    MetricConnection metrics(String country, FigureKind kind, String unit, String label, Double minValue, Double maxValue,
                             Double minUsd, Double maxUsd, LocalDate from, LocalDate to, Integer first, String after,
                             Integer last, String before, MetricOrder orderBy, Lookahead lookahead) {
        PageRequest page = Paging.of(last != null ? null : first, after, last, before, 50,
                (orderBy == null ? MetricOrder.PUBLISHED_DESC : orderBy).toModel());
        MetricFilter filter = new MetricFilter(countries.require(country, "country"), kind == null ? null : kind.toModel(),
                unit, minValue, maxValue, from, to, label(label), finite(minUsd, "minUsd"), finite(maxUsd, "maxUsd"));
        return MetricConnection.of(metrics.listMetrics(filter, page, lookahead.nodesSelect("sentence"),
                lookahead.nodesSelect("usd")), page, filter);
    }

    private static Double finite(Double v, String argument) {
        if (v != null && !Double.isFinite(v)) {
            throw new BadUserInputException("'" + argument + "' must be a finite number.");
        }
        return v;
    }

    @Query
    @Description("Count, sum, min, max and average of the figures that match, per group: for charts.")
    public @NonNull List<@NonNull MetricStat> metricStats(
            @Description("Only figures about this country (ISO alpha-2).") @Id String country,
            @Description("Only figures of this kind.") FigureKind kind,
            @Description("Only figures with this unit (USD, %, km, t, head...).") String unit,
            @Description(LABEL) String label,
            @Description("First publication day of the article, inclusive.") LocalDate from,
            @Description("Last publication day of the article, inclusive.") LocalDate to,
            @NonNull @Description("How to group the figures.") MetricGroup groupBy,
            @Description("Convert into this currency: only money figures, each with the quote of its currency nearest on "
                    + "or before its day (see Metric.usd); sum, min, max and avg over those with a rate, withoutRate "
                    + "counting the others.") StatCurrency currency) {
        if (currency != null && kind != null && kind != FigureKind.MONEY) {
            throw new BadUserInputException("'currency' converts MONEY figures only.");
        }
        MetricFilter filter = new MetricFilter(countries.require(country, "country"), kind == null ? null : kind.toModel(),
                unit, null, null, from, to, label(label));
        boolean byCountry = groupBy == MetricGroup.COUNTRY;
        boolean converted = currency != null;
        return metrics.stats(filter, groupBy.toModel(), converted).stream()
                .map(r -> MetricStat.of(r, byCountry, converted)).toList();
    }

    private static final String LABEL = "Only figures whose label holds these words (full-text: \"remittances\" finds "
            + "\"remittance inflows\"; \"quoted phrases\", -exclusions and or as in article search).";

    /** The longest label query: labels are a few words. */
    static final int MAX_LABEL = 200;

    /** A blank label filters nothing; a long one is refused before it reaches the database. */
    private static String label(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        if (label.length() > MAX_LABEL) {
            throw new BadUserInputException("label is at most " + MAX_LABEL + " characters.");
        }
        return label.strip();
    }

    /** Free: countries are held in memory. */
    @Name("country")
    @Description("With groupBy: COUNTRY, the country of the group.")
    public List<CountryNode> statCountry(@Source List<MetricStat> stats) {
        return stats.stream().map(s -> countries.node(s.countryCode())).toList();
    }

    /** Batched: one count statement per distinct filter among the connections of a result. */
    @Description("How many figures the whole list holds.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<MetricConnection> connections) {
        Map<MetricFilter, List<String>> countriesByFilter = new HashMap<>();
        Map<MetricFilter, Long> plainCounts = new HashMap<>();
        for (MetricConnection c : connections) {
            MetricFilter f = c.filter();
            if (f.country() == null) {
                plainCounts.computeIfAbsent(f, metrics::countMetrics);
            } else {
                countriesByFilter.computeIfAbsent(f.forCountry(null), k -> new ArrayList<>()).add(f.country());
            }
        }
        Map<MetricFilter, Map<String, Long>> countryCounts = new HashMap<>();
        countriesByFilter.forEach((f, codes) -> countryCounts.put(f, metrics.countByCountries(codes, f)));
        List<Integer> out = new ArrayList<>(connections.size());
        for (MetricConnection c : connections) {
            MetricFilter f = c.filter();
            long n = f.country() == null ? plainCounts.get(f)
                    : countryCounts.get(f.forCountry(null)).getOrDefault(f.country(), 0L);
            out.add((int) n);
        }
        return out;
    }

    /** Batched: one statement for the article of every figure in a result. */
    @Description("The article the figure was reported in.")
    public @NonNull List<@NonNull ArticleNode> article(@Source List<MetricNode> sources) {
        return articleApi.articlesByKey(sources.stream().map(MetricNode::articleKey).toList());
    }

    /** Batched by SmallRye, and free: countries are held in memory. */
    @Description("The country the figure is about, where its sentence makes that clear.")
    public List<CountryNode> country(@Source List<MetricNode> sources) {
        return sources.stream().map(m -> countries.node(m.countryCode())).toList();
    }
}
