package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * A money figure in US dollars.
 *
 * @param value  the figure times the rate
 * @param rate   US dollars per unit of the figure's currency (1 for a figure in dollars)
 * @param asOf   the day of the quote used (of the older leg for a cross rate); the figure's own day for dollars
 * @param source where the rate comes from: {@code USD} for a figure in dollars, {@code ticker} for a page's ticker,
 *               the source named with an uploaded file (else {@code upload}); a cross rate says
 *               {@code via KZT: <first leg's>, <second leg's>}
 */
public record UsdValue(double value, double rate, LocalDate asOf, String source) {
}
