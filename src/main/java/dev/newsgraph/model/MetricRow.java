package dev.newsgraph.model;

import dev.newsgraph.extract.MetricKind;

import java.time.LocalDate;

/** A stored figure as the API shows it. */
public record MetricRow(long id, long articleId, String countryCode, double value, MetricKind kind, String unit,
                        String surface, String label, String sentence, int startOffset, int endOffset,
                        LocalDate publishedOn) {

    public Keyset keyset() {
        return new Keyset(publishedOn, id);
    }
}
