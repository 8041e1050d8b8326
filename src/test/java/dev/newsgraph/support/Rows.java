package dev.newsgraph.support;

import dev.newsgraph.config.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' own connection to the service's database, to prove what a request wrote or did not write. It
 * is plain JDBC, not a bean, so the same tests run against the packaged application ({@code *IT}): the
 * database is the embedded server this JVM started, or the one QUARKUS_DATASOURCE_JDBC_URL names.
 */
public final class Rows {

    private static final List<String> TABLES = List.of("page", "article", "article_country", "metric", "quotation", "quote", "quote_upload", "person");

    private Rows() {
    }

    /** Rows per table. */
    public static Map<String, Long> counts() {
        try (Connection c = connect()) {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement("select count(*) from " + table);
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put(table, r.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a write statement with positional parameters; returns the rows changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work done on the tests' own connection (a migration's code run against the database, for one). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T with(Work<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(url, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        }
        Map<String, String> embedded = EmbeddedDatabase.start();
        return DriverManager.getConnection(embedded.get("quarkus.datasource.jdbc.url"), EmbeddedDatabase.USERNAME,
                EmbeddedDatabase.PASSWORD);
    }
}
