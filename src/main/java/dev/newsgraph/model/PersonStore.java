package dev.newsgraph.model;

import dev.newsgraph.extract.Speaker;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes people, on the writer's own JDBC connection and transaction (the ingest's, a re-extraction's, or a
 * migration's). Two steps around the writing of the quotations:
 * <ol>
 *   <li>{@link #ensure}: the id of every speaker of a page, inserting those new, in key order, and touching no row
 *       that exists (no lock), so concurrent ingests meeting on one new name wait for each other on its unique key,
 *       always in the same order, and never deadlock;</li>
 *   <li>{@link #refresh}, once the quotations are written: each affected person's titles (most often given first),
 *       country (most often stated), quotation count and last day, from their quotations. The rows are locked first,
 *       in id order ({@code FOR NO KEY UPDATE}, which the quotations' foreign key checks do not wait for), and the
 *       update is a statement of its own, so it sees what a concurrent writer it waited for has committed.</li>
 * </ol>
 * A person whose quotations are all gone keeps a row with no quotations, which reads leave out, until
 * {@link #removeUnquoted} (run after re-extracting every page).
 */
public final class PersonStore {

    private PersonStore() {
    }

    /** The id of each speaker, by its {@link Speaker#key()} (which says the kind: {@code p:} or {@code o:}). */
    public static Map<String, Long> ensure(Connection c, Collection<Speaker> speakers) throws SQLException {
        Map<String, Speaker> byKey = new LinkedHashMap<>();
        speakers.stream().sorted(Comparator.comparing(Speaker::key)).forEach(s -> byKey.putIfAbsent(s.key(), s));
        if (byKey.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement insert = c.prepareStatement("insert into person (id, kind, name, name_key)"
                + " values (nextval('person_seq'), ?, ?, ?) on conflict (kind, name_key) do nothing")) {
            for (Speaker s : byKey.values()) {
                insert.setString(1, s.kind().name());
                insert.setString(2, s.name());
                insert.setString(3, s.key());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select p.name_key, p.id from person p where p.name_key = any(?)")) {
            select.setArray(1, c.createArrayOf("text", byKey.keySet().toArray()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Works out again the titles, country, count and last day of these people from their quotations. */
    public static void refresh(Connection c, Collection<Long> personIds) throws SQLException {
        if (personIds.isEmpty()) {
            return;
        }
        Array ids = c.createArrayOf("bigint", new TreeSet<>(personIds).toArray());
        try (PreparedStatement lock = c.prepareStatement("select p.id from person p where p.id = any(?) order by p.id for no key update")) {
            lock.setArray(1, ids);
            lock.executeQuery().close();
        }
        try (PreparedStatement update = c.prepareStatement(REFRESH)) {
            update.setArray(1, ids);
            update.executeUpdate();
        }
    }

    /** Deletes the people no quotation names any more; returns how many. */
    public static int removeUnquoted(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from person p where p.quotation_count = 0"
                + " and not exists (select 1 from quotation q where q.person_id = p.id)")) {
            return delete.executeUpdate();
        }
    }

    /** The titles of a person's quotations, one per spelling ignoring case, most often given first. */
    private static final String TITLES = "select min(x.title) as title, count(*) as n, min(q.id) as first from quotation q"
            + " cross join unnest(q.speaker_titles) as x(title) where q.person_id = p.id group by lower(x.title)";

    private static final String REFRESH = "update person p set"
            + " quotation_count = (select count(*) from quotation q where q.person_id = p.id),"
            + " last_quoted_on = (select max(q.published_on) from quotation q where q.person_id = p.id),"
            + " titles = coalesce((select array_agg(t.title order by t.n desc, t.first) from (" + TITLES + ") t), '{}'),"
            + " country_code = (select q.speaker_country from quotation q where q.person_id = p.id"
            + " and q.speaker_country is not null group by q.speaker_country order by count(*) desc, q.speaker_country limit 1),"
            + " search = to_tsvector('english', p.name || ' ' || coalesce((select string_agg(t.title, ' ') from (" + TITLES
            + ") t), ''))"
            + " where p.id = any(?)";
}
