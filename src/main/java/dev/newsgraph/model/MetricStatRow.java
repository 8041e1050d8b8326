package dev.newsgraph.model;

/**
 * Aggregates of the figures of one group. {@code key} is null for figures with no value for the grouping. In US
 * dollars, sum, min, max and avg are over the figures that have a rate, {@code withoutRate} counts the others, and
 * min, max and avg are null when none has one; otherwise {@code withoutRate} is 0.
 */
public record MetricStatRow(String key, long count, double sum, Double min, Double max, Double avg, long withoutRate) {
}
