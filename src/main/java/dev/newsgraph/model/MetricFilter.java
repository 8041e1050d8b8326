package dev.newsgraph.model;

import dev.newsgraph.extract.MetricKind;

import java.time.LocalDate;

/**
 * Which figures a list holds. Every field is optional.
 *
 * @param country  ISO alpha-2 code of the country the figure is about
 * @param minValue smallest value, inclusive
 * @param maxValue largest value, inclusive
 * @param from     first publication day of the article, inclusive
 * @param to       last publication day, inclusive
 * @param label    words the label must hold (full-text, English stems: "remittance" finds "remittance inflows"), in
 *                 web-search syntax ({@code "beef exports"}, {@code exports -beef}, {@code gold or silver})
 * @param minUsd   smallest value in US dollars, inclusive (figures without one do not match)
 * @param maxUsd   largest value in US dollars, inclusive
 */
public record MetricFilter(String country, MetricKind kind, String unit, Double minValue, Double maxValue,
                           LocalDate from, LocalDate to, String label, Double minUsd, Double maxUsd) {

    public static final MetricFilter ALL = new MetricFilter(null, null, null, null, null, null, null, null);

    /** A filter without a label. */
    public MetricFilter(String country, MetricKind kind, String unit, Double minValue, Double maxValue, LocalDate from,
                        LocalDate to) {
        this(country, kind, unit, minValue, maxValue, from, to, null);
    }

    /** A filter without bounds in US dollars. */
    public MetricFilter(String country, MetricKind kind, String unit, Double minValue, Double maxValue, LocalDate from,
                        LocalDate to, String label) {
        this(country, kind, unit, minValue, maxValue, from, to, label, null, null);
    }

    public MetricFilter forCountry(String code) {
        return new MetricFilter(code, kind, unit, minValue, maxValue, from, to, label, minUsd, maxUsd);
    }

    /** Whether the filter needs each figure's value in US dollars. */
    public boolean filtersUsd() {
        return minUsd != null || maxUsd != null;
    }
}
