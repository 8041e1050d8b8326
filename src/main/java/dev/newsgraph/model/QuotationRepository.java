package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quotations, read per article for many articles in one statement. */
@ApplicationScoped
public class QuotationRepository implements PanacheRepository<Quotation> {

    @Inject
    ReadSql db;

    /** The quotations with these ids (any order; unknown ids are left out). */
    public List<QuotationRow> findRowsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NativeSql("select q.id, q.article_id, q.speaker, q.text, q.start_offset, q.end_offset from quotation q")
                .append("where q.id = any(:ids)").bind("ids", ids)
                .list(db, r -> new QuotationRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]),
                        (String) r[2], (String) r[3], NativeSql.asInt(r[4]), NativeSql.asInt(r[5])));
    }

    public Map<Long, List<QuotationRow>> listByArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<QuotationRow>> out = new HashMap<>();
        new NativeSql("select q.id, q.article_id, q.speaker, q.text, q.start_offset, q.end_offset from quotation q")
                .append("where q.article_id = any(:ids) order by q.article_id, q.position").bind("ids", articleIds)
                .list(db, r -> new QuotationRow(NativeSql.asLong(r[0]), NativeSql.asLong(r[1]),
                        (String) r[2], (String) r[3], NativeSql.asInt(r[4]), NativeSql.asInt(r[5])))
                .forEach(q -> out.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
        return out;
    }
}
