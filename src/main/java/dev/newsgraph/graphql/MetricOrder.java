package dev.newsgraph.graphql;

import dev.newsgraph.model.PageRequest;
import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of figures.")
public enum MetricOrder {
    @Description("Newest article first (ties: highest id first).")
    PUBLISHED_DESC,
    @Description("Largest value in US dollars first (ties: highest id first); figures without one (not money, or no "
            + "rate within the window) last.")
    USD_DESC;

    PageRequest.Order toModel() {
        return PageRequest.Order.valueOf(name());
    }
}
