package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricStatRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Aggregates of the figures of one group, for charts. Sum and average mix units unless the "
        + "query filters on one unit or groups by unit.")
public record MetricStat(
        @Description("The group: a country code, a kind, a unit or a month (YYYY-MM); null for figures without one.") String key,
        @Description("Number of figures.") int count,
        @Description("Sum of the values.") double sum,
        @Description("Smallest value.") double min,
        @Description("Largest value.") double max,
        @Description("Mean value.") double avg,
        @Ignore String countryCode) {

    static MetricStat of(MetricStatRow r, boolean byCountry) {
        return new MetricStat(r.key(), (int) r.count(), r.sum(), r.min(), r.max(), r.avg(), byCountry ? r.key() : null);
    }
}
