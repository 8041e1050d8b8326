package dev.newsgraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored currency quote. In a daily series {@code previousRate} is the rate of the pair's previous point
 * (null for the first, and for quotes read outside a series). {@code pageId} is null for a quote of an uploaded
 * file of rates.
 */
public record QuoteRow(long id, Long pageId, String base, String quote, BigDecimal rate, BigDecimal changePercent,
                       LocalDate asOf, String countryCode, BigDecimal previousRate) {
}
