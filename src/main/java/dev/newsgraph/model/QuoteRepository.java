package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Currency quotes. A series shows one point per currency pair and day: the quote of the page ingested
 * last for that day, since pages of one day may carry different rates.
 */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {

    @Inject
    ReadSql db;

    private static final String COLUMNS = "q.id, q.page_id, q.base, q.quote, q.rate, q.change_percent, q.as_of, q.country_code";

    public List<QuoteRow> listByPage(long pageId) {
        return new NativeSql("select " + COLUMNS + ", null from quote q where q.page_id = :page order by q.id")
                .bind("page", pageId).list(db, QuoteRepository::row);
    }

    /**
     * The daily series (one point per pair and day: the latest page's) with each point's previous rate,
     * as a subquery named {@code s}. {@code where} narrows the quotes read (by pair or country), not the
     * days, so the first day asked for still has its previous point.
     */
    private static String dailySeries(String where) {
        return "(select d.*, lag(d.rate) over (partition by d.base, d.quote order by d.as_of) as previous_rate from"
                + " (select distinct on (q.base, q.quote, q.as_of) " + COLUMNS + " from quote q where " + where
                + " order by q.base, q.quote, q.as_of, q.page_id desc) d) s";
    }

    private static final String SERIES_COLUMNS = "s.id, s.page_id, s.base, s.quote, s.rate, s.change_percent, s.as_of,"
            + " s.country_code, s.previous_rate";

    /** The daily series of the pairs that match (any null filter matches all), by pair, oldest first. */
    public List<QuoteRow> listSeries(String base, String quote, LocalDate from, LocalDate to) {
        String where = "true" + (base != null ? " and q.base = :base" : "") + (quote != null ? " and q.quote = :quote" : "");
        NativeSql sql = new NativeSql("select " + SERIES_COLUMNS + " from " + dailySeries(where) + " where true")
                .appendIf(from, "and s.as_of >= :from", "from")
                .appendIf(to, "and s.as_of <= :to", "to")
                .append("order by s.base, s.quote, s.as_of");
        if (base != null) {
            sql.bind("base", base);
        }
        if (quote != null) {
            sql.bind("quote", quote);
        }
        return sql.list(db, QuoteRepository::row);
    }

    /** Per country: the daily series of its currency's quotes, oldest first, for many countries at once. */
    public Map<String, List<QuoteRow>> listSeriesByCountries(Collection<String> codes, LocalDate from, LocalDate to) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select " + SERIES_COLUMNS + " from " + dailySeries("q.country_code = any(:codes)")
                + " where true").bind("codes", codes)
                .appendIf(from, "and s.as_of >= :from", "from")
                .appendIf(to, "and s.as_of <= :to", "to")
                .append("order by s.country_code, s.base, s.quote, s.as_of");
        Map<String, List<QuoteRow>> out = new HashMap<>();
        sql.list(db, QuoteRepository::row)
                .forEach(q -> out.computeIfAbsent(q.countryCode(), k -> new ArrayList<>()).add(q));
        return out;
    }

    /** The newest point of every pair's daily series, with the rate of the point before it. */
    public List<QuoteRow> listLatest() {
        return new NativeSql("select distinct on (s.base, s.quote) " + SERIES_COLUMNS + " from " + dailySeries("true"))
                .append("order by s.base, s.quote, s.as_of desc")
                .list(db, QuoteRepository::row);
    }

    /** The newest point of each country's currency series (against any quote currency: the newest). */
    public Map<String, QuoteRow> latestByCountries(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, QuoteRow> out = new HashMap<>();
        new NativeSql("select distinct on (s.country_code) " + SERIES_COLUMNS + " from "
                + dailySeries("q.country_code = any(:codes)"))
                .bind("codes", codes)
                .append("order by s.country_code, s.as_of desc, s.page_id desc, s.quote")
                .list(db, QuoteRepository::row)
                .forEach(q -> out.put(q.countryCode(), q));
        return out;
    }

    static QuoteRow row(Object[] r) {
        return new QuoteRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]), (String) r[2], (String) r[3],
                NativeSql.asDecimal(r[4]), NativeSql.asDecimal(r[5]), NativeSql.asDate(r[6]), (String) r[7],
                NativeSql.asDecimal(r[8]));
    }
}
