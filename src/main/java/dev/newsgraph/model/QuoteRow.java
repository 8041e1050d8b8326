package dev.newsgraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored currency quote. In a daily series {@code previousRate} is the rate of the pair's previous point
 * (null for the first, and for quotes read outside a series).
 */
public record QuoteRow(long id, long pageId, String base, String quote, BigDecimal rate, BigDecimal changePercent,
                       LocalDate asOf, String countryCode, BigDecimal previousRate) {
}
