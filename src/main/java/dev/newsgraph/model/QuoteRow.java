package dev.newsgraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored currency quote. */
public record QuoteRow(long id, long pageId, String base, String quote, BigDecimal rate, BigDecimal changePercent,
                       LocalDate asOf, String countryCode) {
}
