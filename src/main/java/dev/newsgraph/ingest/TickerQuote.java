package dev.newsgraph.ingest;

import java.math.BigDecimal;

/** One currency ticker line: {@code KGS/USD = 0.01144 0%}. {@code changePercent} is null when absent. */
public record TickerQuote(String base, String quote, BigDecimal rate, BigDecimal changePercent) {
}
