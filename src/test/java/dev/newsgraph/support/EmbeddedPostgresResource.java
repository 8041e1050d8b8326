package dev.newsgraph.support;

import dev.newsgraph.config.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Supplies the tests' database: a real PostgreSQL started from Maven artifacts, once per test JVM, unless
 * the user points the tests at a server of their own with QUARKUS_DATASOURCE_JDBC_URL. For
 * {@code @QuarkusIntegrationTest}s the returned properties are passed to the packaged application.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String own = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (own != null && !own.isBlank()) {
            return Map.of();
        }
        return EmbeddedDatabase.start();
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM; its shutdown hook stops it.
    }
}
