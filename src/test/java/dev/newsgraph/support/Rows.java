package dev.newsgraph.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows straight from the database, to prove what a request wrote or did not write. */
@ApplicationScoped
public class Rows {

    private static final List<String> TABLES = List.of("page", "article", "article_country", "metric", "quotation", "quote");

    @Inject
    EntityManager em;

    /** Rows per table. */
    public Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String table : TABLES) {
                out.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return out;
        });
    }
}
