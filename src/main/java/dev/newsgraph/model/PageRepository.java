package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Pages as received. The content hash makes a page unique. */
@ApplicationScoped
public class PageRepository implements PanacheRepository<Page> {

    @Inject
    ReadSql db;

    /** Page ids in ascending order, after {@code afterId}, at most {@code limit}. */
    public List<Long> listIds(long afterId, int limit) {
        return new NativeSql("select p.id from page p where p.id > :after order by p.id limit :limit")
                .bind("after", afterId).bind("limit", limit)
                .list(db, r -> NativeSql.asLong(r[0]));
    }

    public Optional<StoredPage> findStoredPage(long id) {
        return new NativeSql("select p.id, p.text, p.published_on, p.ingested_at from page p where p.id = :id")
                .bind("id", id)
                .list(db, r -> new StoredPage(NativeSql.asLong(r[0]), (String) r[1],
                        NativeSql.asDate(r[2]), asOffsetDateTime(r[3])))
                .stream().findFirst();
    }

    private static OffsetDateTime asOffsetDateTime(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }

    public Optional<Long> findIdByContentHash(String contentHash) {
        return new NativeSql("select p.id from page p where p.content_hash = :hash").bind("hash", contentHash)
                .list(db, r -> NativeSql.asLong(r[0])).stream().findFirst();
    }
}
