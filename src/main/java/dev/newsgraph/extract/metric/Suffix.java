package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;

/** What follows a number: its kind and unit, and the token after them; kind null when the number is bare. */
record Suffix(MetricKind kind, String unit, int end) {
}
