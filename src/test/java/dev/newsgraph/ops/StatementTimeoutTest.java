package dev.newsgraph.ops;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Every connection of the service's pool carries a statement timeout, so no query can run unbounded. */
@QuarkusTest
class StatementTimeoutTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pooledConnectionsHaveAStatementTimeout() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show statement_timeout")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("15s");
        }
    }
}
