package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;

/** What follows a number: its kind and unit, and the token after them; kind null when the number is bare. */
record Suffix(MetricKind kind, String unit, int end) {

    /** What a rule answers for a number that is no figure at all ("three times a year", "five months ago"). */
    static final Suffix NOT_A_FIGURE = new Suffix(null, null, -1);
}
