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

/** Quotations, read per article or per person for many articles or people in one statement. */
@ApplicationScoped
public class QuotationRepository implements PanacheRepository<Quotation> {

    @Inject
    ReadSql db;

    /** The quotations with these ids (any order; unknown ids are left out). */
    public List<QuotationRow> findRowsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NativeSql("select " + COLUMNS + " from quotation q").append("where q.id = any(:ids)").bind("ids", ids)
                .list(db, QuotationRepository::row);
    }

    private static final String COLUMNS = "q.id, q.article_id, q.speaker, q.text, q.start_offset, q.end_offset, q.person_id,"
            + " q.speaker_title, q.published_on";

    /**
     * Which quotations of a person a list holds. Every field is optional.
     *
     * @param from  first day of the article, inclusive
     * @param to    last day of the article, inclusive
     * @param title words the title the article gives the speaker there must hold (full-text, web-search syntax)
     */
    public record Filter(LocalDate from, LocalDate to, String title) {
    }

    public Map<Long, List<QuotationRow>> listByArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<QuotationRow>> out = new HashMap<>();
        new NativeSql("select " + COLUMNS + " from quotation q")
                .append("where q.article_id = any(:ids) order by q.article_id, q.position").bind("ids", articleIds)
                .list(db, QuotationRepository::row)
                .forEach(q -> out.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
        return out;
    }

    /**
     * One page of each person's quotations, newest first, in one statement: a LATERAL subquery per person walks the
     * (person_id, published_on, id) index and stops at the limit.
     */
    public Map<Long, Slice<QuotationRow>> listByPersons(Collection<Long> personIds, Filter filter, PageRequest page) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select t.* from " + NativeSql.rowsOf(personIds, "ids", "pp(id)") + " cross join lateral (select "
                + COLUMNS + " from quotation q where q.person_id = pp.id").bindKeys("ids", personIds);
        where(sql, filter);
        ArticleRepository.keyset(sql, page, "q.published_on", "q.id");
        sql.append(") t");
        return Slice.byKey(sql.list(db, QuotationRepository::row), QuotationRow::personId, page);
    }

    /** How many quotations of each person match, in one statement. */
    public Map<Long, Long> countByPersons(Collection<Long> personIds, Filter filter) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        NativeSql sql = new NativeSql("select q.person_id, count(*) from quotation q where "
                + NativeSql.isAnyOf("q.person_id", personIds, "ids")).bindKeys("ids", personIds);
        where(sql, filter);
        sql.append("group by q.person_id");
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : sql.list(db, r -> r)) {
            counts.put(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]));
        }
        return counts;
    }

    private static void where(NativeSql sql, Filter f) {
        sql.appendIf(f.from(), "and q.published_on >= :from", "from")
                .appendIf(f.to(), "and q.published_on <= :to", "to")
                .appendIf(f.title(), "and to_tsvector('english', coalesce(q.speaker_title, ''))"
                        + " @@ websearch_to_tsquery('english', :title)", "title");
    }

    static QuotationRow row(Object[] r) {
        return new QuotationRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]), (String) r[2], (String) r[3],
                NativeSql.asInt(r[4]), NativeSql.asInt(r[5]), r[6] == null ? null : NativeSql.asLong(r[6]), (String) r[7],
                NativeSql.asDate(r[8]));
    }
}
