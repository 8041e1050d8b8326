package dev.newsgraph.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;

/**
 * In dev mode, when no datasource URL is configured, starts the embedded PostgreSQL server and supplies
 * its URL, username and password. Anything the user configures (environment, {@code -D}, application
 * properties) wins: this source sits below them all. It does nothing in tests (a test resource starts the
 * server there) or in production, where the datasource must come from the environment.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Below application.properties (250) and environment variables (300). */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        if (!EmbeddedDatabase.isAvailable()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(EmbeddedDatabase.start(), "newsgraph-embedded-postgres", ORDINAL));
    }
}
