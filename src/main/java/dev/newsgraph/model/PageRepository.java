package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Pages as received. The content hash makes a page unique. */
@ApplicationScoped
public class PageRepository implements PanacheRepository<Page> {

    public Optional<Long> findIdByContentHash(String contentHash) {
        return new NativeSql("select p.id from page p where p.content_hash = :hash").bind("hash", contentHash)
                .list(getEntityManager(), r -> NativeSql.asLong(r[0])).stream().findFirst();
    }
}
