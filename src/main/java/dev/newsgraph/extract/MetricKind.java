package dev.newsgraph.extract;

/** The kinds of numeric figure, as defined by the annotation guideline. */
public enum MetricKind {
    MONEY, PERCENT, QUANTITY, COUNT, MULTIPLIER
}
