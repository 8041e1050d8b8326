package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricGrouping;
import org.eclipse.microprofile.graphql.Description;

@Description("How metricStats groups figures.")
public enum MetricGroup {
    @Description("By the country the figure is about (key: ISO code; null key: no country).")
    COUNTRY,
    @Description("By kind (key: MONEY, PERCENT...).")
    KIND,
    @Description("By unit (key: USD, %, km...). Sums are only meaningful within one unit.")
    UNIT,
    @Description("By the month the article was published (key: YYYY-MM).")
    MONTH;

    MetricGrouping toModel() {
        return MetricGrouping.valueOf(name());
    }
}
