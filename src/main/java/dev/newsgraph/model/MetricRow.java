package dev.newsgraph.model;

import dev.newsgraph.extract.MetricKind;

import java.time.LocalDate;

/**
 * A stored figure as the API shows it. {@code usd} is its value in US dollars when the query read it and there is
 * one (a money figure with a rate), else null.
 */
public record MetricRow(long id, long articleId, String countryCode, double value, MetricKind kind, String unit,
                        String surface, String label, String sentence, int startOffset, int endOffset,
                        LocalDate publishedOn, UsdValue usd) {

    /** Its position in a list in the order {@code order}. */
    public Keyset keyset(PageRequest.Order order) {
        return order == PageRequest.Order.USD_DESC ? Keyset.ofUsd(usd == null ? null : usd.value(), id)
                : new Keyset(publishedOn, id);
    }
}
