package dev.newsgraph.model;

/** Aggregates of the figures of one group. {@code key} is null for figures with no value for the grouping. */
public record MetricStatRow(String key, long count, double sum, double min, double max, double avg) {
}
