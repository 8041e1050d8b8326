package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricStatRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Aggregates of the figures of one group, for charts. Sum and average mix units unless the "
        + "query filters on one unit, groups by unit or converts to one currency.")
public record MetricStat(
        @Description("The group: a country code, a kind, a unit or a month (YYYY-MM); null for figures without one.") String key,
        @Description("Number of figures (with currency: of money figures, with a rate or not).") int count,
        @Description("Sum of the values (with currency: of the converted values of the figures that have a rate).") double sum,
        @Description("Smallest value; with currency, null when no figure of the group has a rate.") Double min,
        @Description("Largest value; with currency, null when no figure of the group has a rate.") Double max,
        @Description("Mean value; with currency, null when no figure of the group has a rate.") Double avg,
        @Description("With currency: how many of the figures counted had no rate within the window, and are left out "
                + "of sum, min, max and avg; null without currency.") Integer withoutRate,
        @Ignore String countryCode) {

    static MetricStat of(MetricStatRow r, boolean byCountry, boolean converted) {
        return new MetricStat(r.key(), (int) r.count(), r.sum(), r.min(), r.max(), r.avg(),
                converted ? (int) r.withoutRate() : null, byCountry ? r.key() : null);
    }
}
