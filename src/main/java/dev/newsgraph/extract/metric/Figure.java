package dev.newsgraph.extract.metric;

import dev.newsgraph.extract.MetricKind;

/**
 * A figure found in the text, before its country and label are decided.
 *
 * @param firstToken first token of the surface
 * @param endToken   token after the surface
 * @param numberEnd  token after the number itself (and its scale word); the counted noun or unit follows
 */
public record Figure(double value, MetricKind kind, String unit, int firstToken, int endToken, int numberEnd,
                     int start, int end) {
}
