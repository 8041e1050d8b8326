package dev.newsgraph.model;

import dev.newsgraph.config.EmbeddedDatabase;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * With a read datasource configured, queries read through it while ingest writes through the primary.
 * The "replica" here is the same server reached as a role that may only read, in read-only sessions: a
 * write through it would fail, and its sessions show who read.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReadDatasource.class)
class ReadReplicaTest {

    static final String READER = "newsgraph_reader";

    public static class WithReadDatasource implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReaderRole.class));
        }
    }

    /** Creates the read-only role and points the 'reads' datasource at it. */
    public static class ReaderRole implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String url = EmbeddedDatabase.start().get("quarkus.datasource.jdbc.url");
            try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USERNAME, EmbeddedDatabase.PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + READER + "') then "
                        + "create role " + READER + " login password 'reader'; end if; end $$");
                s.execute("grant select on all tables in schema public to " + READER);
                s.execute("alter default privileges in schema public grant select on tables to " + READER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "quarkus.datasource.\"reads\".jdbc.url", url + "?options=-c%20default_transaction_read_only%3Don",
                    "quarkus.datasource.\"reads\".username", READER,
                    "quarkus.datasource.\"reads\".password", "reader");
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void queriesReadThroughTheReadDatasourceAndIngestWritesThroughThePrimary() throws SQLException {
        GraphQL.post("ingest", "input", Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(1), 9501),
                        "publishedOn", "2050-06-01"))
                .statusCode(200).body("errors", nullValue()).body("data.ingest.created", equalTo(1));

        GraphQL.postUncached("country-stories", "code", "KZ", "first", 3).statusCode(200)
                .body("errors", nullValue())
                .body("data.country.stories.nodes[0].title", equalTo("Kazakhstan Opens Mountain Road Number 9501"));

        assertThat(sessionsOf(READER)).as("sessions of the read-only role").isGreaterThan(0);
    }

    private static int sessionsOf(String role) throws SQLException {
        String url = EmbeddedDatabase.start().get("quarkus.datasource.jdbc.url");
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USERNAME, EmbeddedDatabase.PASSWORD);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where usename = '" + role + "'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
