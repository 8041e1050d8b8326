package dev.newsgraph.model.migration;

import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Speaker;
import dev.newsgraph.extract.quotation.Speakers;
import dev.newsgraph.model.PersonStore;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links the quotations stored before people existed (V7) to people, with the same rules new quotations are linked by:
 * each article's stored quotations (speaker as written, offsets) are read with the article's text by
 * {@link Speakers}, which tells who each speaker is, the titles and the country the text gives; then the people are
 * written as an ingest writes them ({@link PersonStore}). Nothing is re-extracted: the quotations stay as they are
 * (reprocessPages applies newer rules to them, people included). Runs in Flyway's transaction, article by article
 * in batches, so it holds little in memory; on the bench data (9,009 quotations) it takes seconds.
 */
public class V8__link_quotations_to_people extends BaseJavaMigration {

    /** Articles read per batch. */
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        link(context.getConnection());
    }

    /** Links every quotation with no person yet whose speaker is someone; returns how many were linked. */
    public static int link(Connection c) throws SQLException {
        Set<String> countries = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select code from country")) {
            while (r.next()) {
                countries.add(r.getString(1));
            }
        }
        Set<Long> people = new HashSet<>();
        int linked = 0;
        long after = 0;
        while (true) {
            List<Long> articles = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select distinct q.article_id from quotation q"
                    + " where q.person_id is null and q.speaker is not null and q.article_id > ? order by q.article_id limit " + BATCH)) {
                s.setLong(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        articles.add(r.getLong(1));
                    }
                }
            }
            if (articles.isEmpty()) {
                break;
            }
            after = articles.get(articles.size() - 1);
            linked += linkArticles(c, articles, countries, people);
        }
        PersonStore.refresh(c, people);
        return linked;
    }

    private static int linkArticles(Connection c, List<Long> articleIds, Set<String> countries, Set<Long> people)
            throws SQLException {
        List<Long> quotationIds = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.id, a.body, q.id, q.speaker, q.text, q.start_offset, q.end_offset"
                + " from article a join quotation q on q.article_id = a.id where a.id = any(?) order by a.id, q.position")) {
            s.setArray(1, c.createArrayOf("bigint", articleIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                long article = -1;
                String body = null;
                List<Long> ids = new ArrayList<>();
                List<QuotationMention> quotations = new ArrayList<>();
                while (r.next()) {
                    if (r.getLong(1) != article) {
                        profile(body, quotations, ids, quotationIds, speakers);
                        article = r.getLong(1);
                        body = r.getString(2);
                        ids = new ArrayList<>();
                        quotations = new ArrayList<>();
                    }
                    ids.add(r.getLong(3));
                    quotations.add(new QuotationMention(r.getString(4), r.getString(5), r.getInt(6), r.getInt(7)));
                }
                profile(body, quotations, ids, quotationIds, speakers);
            }
        }
        List<Speaker> named = speakers.stream().filter(Objects::nonNull).toList();
        Map<String, Long> ids = PersonStore.ensure(c, named);
        int linked = 0;
        try (PreparedStatement u = c.prepareStatement("update quotation set person_id = ?, speaker_title = ?,"
                + " speaker_titles = ?, speaker_country = ? where id = ?")) {
            for (int i = 0; i < quotationIds.size(); i++) {
                Speaker who = speakers.get(i);
                if (who == null) {
                    continue;
                }
                Long person = ids.get(who.key());
                u.setLong(1, person);
                u.setString(2, who.title());
                u.setArray(3, c.createArrayOf("text", who.titles().toArray()));
                u.setString(4, countries.contains(who.country()) ? who.country() : null);
                u.setLong(5, quotationIds.get(i));
                u.addBatch();
                people.add(person);
                linked++;
            }
            u.executeBatch();
        }
        return linked;
    }

    /** The speakers of one article's quotations, in the order of {@code ids}. */
    private static void profile(String body, List<QuotationMention> quotations, List<Long> ids, List<Long> quotationIds,
                                List<Speaker> speakers) {
        if (body == null || quotations.isEmpty()) {
            return;
        }
        List<QuotationMention> profiled = Speakers.profile(body, quotations);
        for (int i = 0; i < profiled.size(); i++) {
            quotationIds.add(ids.get(i));
            speakers.add(profiled.get(i).who());
        }
    }
}
