package dev.newsgraph.model;

/**
 * Money figures in US dollars, worked out at read time in the statement that reads the figures, so that quotes
 * stored later (a ticker page, an uploaded file of rates) convert older figures too, with no re-extraction.
 * <p>
 * A figure of currency C on day D takes the quote nearest on or before D, and at most {@code :usdWindow} days
 * before it, of C against USD: C/USD (multiplied) or USD/C (divided; a central bank's "1 USD = 497.5 KZT"); on one
 * day C/USD wins, and among quotes of one pair and day the same one as in the daily series (an uploaded file's,
 * else the latest page's). Only when C has neither, a cross rate through a third currency X: C against X and X
 * against USD, both within the window, the pair whose older leg is newest. Nothing else: no rate, no USD value,
 * never a guess. A figure in USD is itself.
 * <p>
 * The fragments expect the figure's row as {@code m} (kind, unit, value, published_on) and are added only when a
 * query asks for USD values, filters or orders by them: {@link #JOINS} after {@code from metric m}, then the
 * expressions. Lookups go through {@code quote_pair_idx} (C/USD) and {@code quote_inverse_idx} (USD/C); the cross
 * is a one-time-filtered subquery that PostgreSQL skips when a direct rate was found.
 */
final class UsdSql {

    private UsdSql() {
    }

    /** The window's parameter, in days. */
    static final String WINDOW = "usdWindow";

    /** Where a quote {@code q} comes from: a page's ticker or an uploaded file (its source name). */
    private static final String ORIGIN = "case when q.page_id is not null then 'ticker' else coalesce("
            + "(select qu.source from quote_upload qu where qu.id = q.upload_id), 'upload') end";

    /**
     * The quote of {@code currency} against USD nearest on or before {@code day} within the window, either way
     * round, as (rate in USD per unit, as_of, source); no row when there is none.
     */
    private static String leg(String currency, String day) {
        String window = " and q.as_of <= " + day + " and q.as_of >= " + day + " - :" + WINDOW
                + " order by q.as_of desc, q.page_id desc, q.id desc limit 1)";
        return "select d.rate, d.as_of, d.source from ("
                + "(select cast(q.rate as double precision) as rate, q.as_of, 0 as pref, " + ORIGIN + " as source"
                + " from quote q where q.base = " + currency + " and q.quote = 'USD'" + window
                + " union all (select 1 / cast(q.rate as double precision), q.as_of, 1, " + ORIGIN
                + " from quote q where q.quote = " + currency + " and q.base = 'USD'" + window
                + ") d order by d.as_of desc, d.pref limit 1";
    }

    /** The figure's currency against a third currency X (either way round), the newest quote per X in the window. */
    private static final String FIRST_LEGS = "select distinct on (c.x) c.x, c.rate, c.as_of, c.source from ("
            + "select q.quote as x, cast(q.rate as double precision) as rate, q.as_of, q.page_id, q.id, " + ORIGIN + " as source"
            + " from quote q where q.base = m.unit and q.quote <> 'USD' and q.quote <> m.unit"
            + " and q.as_of <= m.published_on and q.as_of >= m.published_on - :" + WINDOW
            + " union all select q.base, 1 / cast(q.rate as double precision), q.as_of, q.page_id, q.id, " + ORIGIN
            + " from quote q where q.quote = m.unit and q.base <> 'USD' and q.base <> m.unit"
            + " and q.as_of <= m.published_on and q.as_of >= m.published_on - :" + WINDOW
            + ") c order by c.x, c.as_of desc, c.page_id desc nulls first, c.id desc";

    /** What follows {@code from metric m}: the rate of each figure as u1 (direct) or u2 (cross). */
    static final String JOINS = " left join lateral ("
            + "select cast(1 as double precision) as rate, m.published_on as as_of, 'USD' as source"
            + " where m.kind = 'MONEY' and m.unit = 'USD'"
            + " union all select l.rate, l.as_of, l.source from (" + leg("m.unit", "m.published_on") + ") l"
            + " where m.kind = 'MONEY' and m.unit <> 'USD') u1 on true"
            + " left join lateral (select a.rate * b.rate as rate, least(a.as_of, b.as_of) as as_of,"
            + " 'via ' || a.x || ': ' || a.source || ', ' || b.source as source"
            + " from (" + FIRST_LEGS + ") a cross join lateral (" + leg("a.x", "m.published_on") + ") b"
            + " where u1.rate is null and m.kind = 'MONEY' and m.unit <> 'USD'"
            + " order by least(a.as_of, b.as_of) desc, a.x limit 1) u2 on true";

    /** The figure's value in USD, or null. */
    static final String VALUE = "(m.value * coalesce(u1.rate, u2.rate))";

    /** The four columns of a {@link UsdValue}: value, rate, as_of, source. */
    static final String COLUMNS = VALUE + " as usd_value, coalesce(u1.rate, u2.rate) as usd_rate,"
            + " coalesce(u1.as_of, u2.as_of) as usd_as_of, coalesce(u1.source, u2.source) as usd_source";

    /** The USD value of the four columns from {@code at}, or null. */
    static UsdValue read(Object[] r, int at) {
        if (r[at] == null) {
            return null;
        }
        return new UsdValue(NativeSql.asDouble(r[at]), NativeSql.asDouble(r[at + 1]), NativeSql.asDate(r[at + 2]),
                (String) r[at + 3]);
    }
}
