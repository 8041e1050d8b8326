package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles: written by the ingest service, read as {@link ArticleRow} projections. Every list is
 * keyset-paged on (published_on, id) and every per-parent list is one statement for all parents.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    @Inject
    ReadSql db;

    private static final String ROW_COLUMNS = "a.id, a.page_id, a.position, a.title, a.published_on, p.source_url, a.language";

    public List<ArticleRow> findRowsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NativeSql("select " + ROW_COLUMNS + " from article a join page p on p.id = a.page_id")
                .append("where a.id = any(:ids)").bind("ids", ids)
                .list(db, ArticleRepository::row);
    }

    /** The articles of one page, in page order. */
    public List<ArticleRow> listRowsByPage(long pageId) {
        return new NativeSql("select " + ROW_COLUMNS + " from article a join page p on p.id = a.page_id")
                .append("where a.page_id = :page order by a.position").bind("page", pageId)
                .list(db, ArticleRepository::row);
    }

    /**
     * One page of articles matching the filter: a full-text search when the filter has one, else the
     * country's stories (through article_country) or every article.
     */
    public Slice<ArticleRow> listArticles(ArticleFilter filter, PageRequest page) {
        if (filter.search() != null) {
            return searchArticles(filter, page);
        }
        if (filter.country() != null) {
            return listStoriesByCountries(List.of(filter.country()), filter, page)
                    .getOrDefault(filter.country(), Slice.empty());
        }
        NativeSql sql = new NativeSql("select " + ROW_COLUMNS + " from article a join page p on p.id = a.page_id where true");
        sql.appendIf(filter.from(), "and a.published_on >= :from", "from")
                .appendIf(filter.to(), "and a.published_on <= :to", "to");
        keyset(sql, page, "a.published_on", "a.id");
        return Slice.of(sql.list(db, ArticleRepository::row), page);
    }

    public long countArticles(ArticleFilter filter) {
        if (filter.country() != null && filter.search() == null) {
            return countStoriesByCountries(List.of(filter.country()), filter).getOrDefault(filter.country(), 0L);
        }
        NativeSql sql = new NativeSql("select count(*) from article a");
        searchFrom(sql, filter);
        sql.appendIf(filter.from(), "and a.published_on >= :from", "from")
                .appendIf(filter.to(), "and a.published_on <= :to", "to");
        return sql.list(db, r -> NativeSql.asLong(r[0])).get(0);
    }

    /**
     * Full-text search (PostgreSQL web-search syntax, English stemming) over headline and body through the
     * GIN index on article.search, ranked by ts_rank_cd (headline words weigh more) or by date.
     */
    private Slice<ArticleRow> searchArticles(ArticleFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql("select " + ROW_COLUMNS + ", cast(ts_rank_cd(a.search, s.q) as real) as rank from article a"
                + " join page p on p.id = a.page_id");
        searchFrom(sql, filter);
        sql.appendIf(filter.from(), "and a.published_on >= :from", "from")
                .appendIf(filter.to(), "and a.published_on <= :to", "to");
        if (page.order() == PageRequest.Order.RELEVANCE) {
            rankKeyset(sql, page);
        } else {
            keyset(sql, page, "a.published_on", "a.id");
        }
        return Slice.of(sql.list(db, r -> {
            ArticleRow row = row(r);
            return new ArticleRow(row.id(), row.pageId(), row.position(), row.title(), row.publishedOn(),
                    row.sourceUrl(), row.language(), ((Number) r[7]).floatValue());
        }), page);
    }

    /** FROM/WHERE for an optional search and country: the query joins, then "where true" to append to. */
    private static void searchFrom(NativeSql sql, ArticleFilter filter) {
        if (filter.country() != null) {
            sql.append("join article_country ac on ac.article_id = a.id and ac.country_code = :country")
                    .bind("country", filter.country());
            if (filter.role() != null) {
                sql.append("and ac.role = :role").bind("role", filter.role().name());
            }
        }
        if (filter.search() != null) {
            // each article's vector is built with its own language's configuration (V9): the query is read in both
            sql.append("cross join (select websearch_to_tsquery('english', :search) || websearch_to_tsquery('russian', :search) as q) s"
                    + " where a.search @@ s.q")
                    .bind("search", filter.search());
        } else {
            sql.append("where true");
        }
    }

    private static void rankKeyset(NativeSql sql, PageRequest page) {
        String tuple = "(cast(ts_rank_cd(a.search, s.q) as real), a.id)";
        if (page.after() != null && page.after().rank() != null) {
            sql.append("and " + tuple + " < (cast(:afterRank as real), :afterId)")
                    .bind("afterRank", page.after().rank()).bind("afterId", page.after().id());
        }
        if (page.before() != null && page.before().rank() != null) {
            sql.append("and " + tuple + " > (cast(:beforeRank as real), :beforeId)")
                    .bind("beforeRank", page.before().rank()).bind("beforeId", page.before().id());
        }
        String dir = page.backwards() ? " asc" : " desc";
        sql.append("order by rank" + dir + ", a.id" + dir).limit(page.limit() + 1);
    }

    /** Highlighted fragments of each article's text around the words of the search, by article id. */
    public Map<Long, String> snippets(Collection<Long> ids, String search) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        new NativeSql("select a.id, ts_headline(c.cfg, a.body, websearch_to_tsquery(c.cfg, :search),"
                + " 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')"
                + " from article a cross join lateral (select cast(case when a.language = 'ru' then 'russian'"
                + " else 'english' end as regconfig) as cfg) c where a.id = any(:ids)")
                .bind("search", search).bind("ids", ids)
                .list(db, r -> r)
                .forEach(r -> out.put(NativeSql.asLong(r[0]), (String) r[1]));
        return out;
    }

    /**
     * The newest (or oldest) stories of each country, one page per country, in one statement: a LATERAL
     * subquery per country walks the (country_code, published_on, article_id) index and stops at the limit.
     */
    public Map<String, Slice<ArticleRow>> listStoriesByCountries(Collection<String> codes, ArticleFilter filter,
                                                                PageRequest page) {
        return listStoriesByCountries(codes, filter, page, true);
    }

    /** As above; without {@code sourceUrls} the page is not joined and each row's source URL is null. */
    public Map<String, Slice<ArticleRow>> listStoriesByCountries(Collection<String> codes, ArticleFilter filter,
                                                                PageRequest page, boolean sourceUrls) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select c.code, " + ROW_COLUMNS.replace("a.", "t.").replace("p.", "t.")
                + " from " + NativeSql.rowsOf(codes, "codes", "c(code)") + " cross join lateral (select a.id, a.page_id, a.position, a.title, a.published_on,"
                + (sourceUrls ? " p.source_url, a.language from article_country ac join article a on a.id = ac.article_id"
                + " join page p on p.id = a.page_id" : " cast(null as text) as source_url, a.language from article_country ac"
                + " join article a on a.id = ac.article_id")
                + " where ac.country_code = c.code");
        roleFilter(sql, filter);
        sql.appendIf(filter.from(), "and ac.published_on >= :from", "from")
                .appendIf(filter.to(), "and ac.published_on <= :to", "to");
        keyset(sql, page, "ac.published_on", "ac.article_id");
        // unnest, not "country where code = any(:codes)": that compares every country with every code
        // (0.7 ms of the 2 ms statement for all 249 countries).
        sql.append(") t").bindKeys("codes", codes);
        return Slice.byKey(sql.list(db, r -> r), r -> (String) r[0], r -> row(Arrays.copyOfRange(r, 1, r.length)), page);
    }

    public Map<String, Long> countStoriesByCountries(Collection<String> codes, ArticleFilter filter) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select ac.country_code, count(*) from article_country ac")
                .append("where " + NativeSql.isAnyOf("ac.country_code", codes, "codes")).bindKeys("codes", codes);
        roleFilter(sql, filter);
        sql.appendIf(filter.from(), "and ac.published_on >= :from", "from")
                .appendIf(filter.to(), "and ac.published_on <= :to", "to")
                .append("group by ac.country_code");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : sql.list(db, r -> r)) {
            counts.put((String) r[0], NativeSql.asLong(r[1]));
        }
        return counts;
    }

    /**
     * The articles quoting each person, newest first, one page per person, in one statement: a LATERAL subquery per
     * person walks the (person_id, published_on, article_id) index of quotations, an article once however often it
     * quotes them.
     */
    public Map<Long, Slice<ArticleRow>> listByPersons(Collection<Long> personIds, ArticleFilter filter, PageRequest page,
                                                      boolean sourceUrls) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select x.person_id, a.id, a.page_id, a.position, a.title, a.published_on, "
                + (sourceUrls ? "p.source_url" : "cast(null as text)") + ", a.language from " + NativeSql.rowsOf(personIds, "ids", "pp(id)")
                + " cross join lateral"
                + " (select distinct pp.id as person_id, q.published_on, q.article_id from quotation q where q.person_id = pp.id")
                .bindKeys("ids", personIds)
                .appendIf(filter.from(), "and q.published_on >= :from", "from")
                .appendIf(filter.to(), "and q.published_on <= :to", "to");
        keyset(sql, page, "q.published_on", "q.article_id");
        sql.append(") x join article a on a.id = x.article_id" + (sourceUrls ? " join page p on p.id = a.page_id" : ""));
        Map<Long, List<ArticleRow>> byPerson = new HashMap<>();
        for (Object[] r : sql.list(db, r -> r)) {
            byPerson.computeIfAbsent(NativeSql.asLong(r[0]), k -> new ArrayList<>()).add(row(Arrays.copyOfRange(r, 1, r.length)));
        }
        Map<Long, Slice<ArticleRow>> slices = new HashMap<>();
        byPerson.forEach((person, rows) -> {
            boolean descending = !page.ascending() != page.backwards();
            rows.sort((x, y) -> {
                int c = x.publishedOn().compareTo(y.publishedOn());
                c = c != 0 ? c : Long.compare(x.id(), y.id());
                return descending ? -c : c;
            });
            slices.put(person, Slice.of(rows, page));
        });
        return slices;
    }

    /** How many articles quote each person, in one statement. */
    public Map<Long, Long> countByPersons(Collection<Long> personIds, ArticleFilter filter) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select q.person_id, count(distinct q.article_id) from quotation q where "
                + NativeSql.isAnyOf("q.person_id", personIds, "ids")).bindKeys("ids", personIds)
                .appendIf(filter.from(), "and q.published_on >= :from", "from")
                .appendIf(filter.to(), "and q.published_on <= :to", "to")
                .append("group by q.person_id");
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : sql.list(db, r -> r)) {
            counts.put(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]));
        }
        return counts;
    }

    /** The sections JSON of each article, by id. */
    public Map<Long, String> sectionsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : new NativeSql("select a.id, cast(a.sections as text) from article a where a.id = any(:ids)")
                .bind("ids", ids).list(db, r -> r)) {
            out.put(NativeSql.asLong(r[0]), (String) r[1]);
        }
        return out;
    }

    private static void roleFilter(NativeSql sql, ArticleFilter filter) {
        if (filter.role() != null) {
            sql.append("and ac.role = :role").bind("role", filter.role().name());
        }
    }

    /**
     * Appends the keyset condition, the order and the limit (one more row than asked, so the caller can
     * tell whether another page follows). Backward pages are read in reverse order and flipped back by
     * {@link Slice#of}.
     */
    static void keyset(NativeSql sql, PageRequest page, String dateColumn, String idColumn) {
        boolean descending = !page.ascending();
        String tuple = "(" + dateColumn + ", " + idColumn + ")";
        if (page.after() != null) {
            sql.append("and " + tuple + (descending ? " < " : " > ") + "(:afterDate, :afterId)")
                    .bind("afterDate", page.after().publishedOn()).bind("afterId", page.after().id());
        }
        if (page.before() != null) {
            sql.append("and " + tuple + (descending ? " > " : " < ") + "(:beforeDate, :beforeId)")
                    .bind("beforeDate", page.before().publishedOn()).bind("beforeId", page.before().id());
        }
        boolean scanDescending = descending != page.backwards();
        String dir = scanDescending ? " desc" : " asc";
        sql.append("order by " + dateColumn + dir + ", " + idColumn + dir)
                .limit(page.limit() + 1);
    }

    static ArticleRow row(Object[] r) {
        return new ArticleRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]), NativeSql.asInt(r[2]), (String) r[3],
                NativeSql.asDate(r[4]), (String) r[5], (String) r[6]);
    }
}
