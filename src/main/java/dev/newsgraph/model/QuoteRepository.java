package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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

    private static final String COLUMNS = "q.id, q.page_id, q.base, q.quote, q.rate, q.change_percent, q.as_of, q.country_code";

    public List<QuoteRow> listByPage(long pageId) {
        return new NativeSql("select " + COLUMNS + " from quote q where q.page_id = :page order by q.id")
                .bind("page", pageId).list(getEntityManager(), QuoteRepository::row);
    }

    /** The daily series of the pairs that match (any null filter matches all), oldest first. */
    public List<QuoteRow> listSeries(String base, String quote, LocalDate from, LocalDate to) {
        NativeSql sql = new NativeSql("select distinct on (q.base, q.quote, q.as_of) " + COLUMNS + " from quote q where true")
                .appendIf(base, "and q.base = :base", "base")
                .appendIf(quote, "and q.quote = :quote", "quote")
                .appendIf(from, "and q.as_of >= :from", "from")
                .appendIf(to, "and q.as_of <= :to", "to")
                .append("order by q.base, q.quote, q.as_of, q.page_id desc");
        return sql.list(getEntityManager(), QuoteRepository::row);
    }

    /** Per country: the daily series of its currency's quotes, oldest first, for many countries at once. */
    public Map<String, List<QuoteRow>> listSeriesByCountries(Collection<String> codes, LocalDate from, LocalDate to) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select distinct on (q.country_code, q.base, q.quote, q.as_of) " + COLUMNS
                + " from quote q where q.country_code in (:codes)").bind("codes", codes)
                .appendIf(from, "and q.as_of >= :from", "from")
                .appendIf(to, "and q.as_of <= :to", "to")
                .append("order by q.country_code, q.base, q.quote, q.as_of, q.page_id desc");
        Map<String, List<QuoteRow>> out = new HashMap<>();
        sql.list(getEntityManager(), QuoteRepository::row)
                .forEach(q -> out.computeIfAbsent(q.countryCode(), k -> new ArrayList<>()).add(q));
        return out;
    }

    /** The newest quote of every pair. */
    public List<QuoteRow> listLatest() {
        return new NativeSql("select distinct on (q.base, q.quote) " + COLUMNS + " from quote q")
                .append("order by q.base, q.quote, q.as_of desc, q.page_id desc")
                .list(getEntityManager(), QuoteRepository::row);
    }

    /** The newest quote of each country's currency (against any quote currency: the newest row). */
    public Map<String, QuoteRow> latestByCountries(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, QuoteRow> out = new HashMap<>();
        new NativeSql("select distinct on (q.country_code) " + COLUMNS + " from quote q where q.country_code in (:codes)")
                .bind("codes", codes)
                .append("order by q.country_code, q.as_of desc, q.page_id desc, q.quote")
                .list(getEntityManager(), QuoteRepository::row)
                .forEach(q -> out.put(q.countryCode(), q));
        return out;
    }

    static QuoteRow row(Object[] r) {
        return new QuoteRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]), (String) r[2], (String) r[3],
                NativeSql.asDecimal(r[4]), NativeSql.asDecimal(r[5]), NativeSql.asDate(r[6]), (String) r[7]);
    }
}
