package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The countries of articles, read for many articles in one statement. */
@ApplicationScoped
public class ArticleCountryRepository implements PanacheRepositoryBase<ArticleCountry, ArticleCountry.Key> {

    @Inject
    ReadSql db;

    /** Per article: its countries, the primary first, then by mentions. */
    public Map<Long, List<ArticleCountryRow>> listByArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ArticleCountryRow>> out = new HashMap<>();
        new NativeSql("select ac.article_id, ac.country_code, ac.role, ac.mention_count from article_country ac")
                .append("where ac.article_id = any(:ids)")
                .append("order by ac.article_id, ac.role desc, ac.mention_count desc, ac.country_code")
                .bind("ids", articleIds)
                .list(db, r -> new ArticleCountryRow(NativeSql.asLong(r[0]), (String) r[1],
                        MentionRole.valueOf((String) r[2]), NativeSql.asInt(r[3])))
                .forEach(ac -> out.computeIfAbsent(ac.articleId(), k -> new ArrayList<>()).add(ac));
        return out;
    }
}
