package dev.newsgraph.extract.metric;

/** A number as written: tokens {@code [first, end)}, with its scale word. */
record Numeral(int first, int end, double value, boolean word, boolean scaled, boolean plainInteger, boolean valid) {
}
