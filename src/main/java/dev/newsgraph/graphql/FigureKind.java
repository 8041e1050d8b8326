package dev.newsgraph.graphql;

import dev.newsgraph.extract.MetricKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("MetricKind")
@Description("What sort of figure a metric is.")
public enum FigureKind {
    @Description("An amount of money; unit is the ISO 4217 currency code.")
    MONEY,
    @Description("A percentage; unit is %.")
    PERCENT,
    @Description("A measured amount; unit is the unit symbol (km, t, kWh, GW, year...).")
    QUANTITY,
    @Description("A number of things; unit is the counted noun.")
    COUNT,
    @Description("A factor such as eightfold or 1.4 times; unit is x.")
    MULTIPLIER;

    MetricKind toModel() {
        return MetricKind.valueOf(name());
    }

    static FigureKind of(MetricKind kind) {
        return valueOf(kind.name());
    }
}
