package dev.newsgraph.model;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the read path sends its SQL. Reads are projections straight into row records over JDBC, with no
 * entity graph to build. Inside a transaction (the write path checking what is stored) they use the
 * transaction's own connection of the primary; outside one they go to the read-only datasource
 * {@code reads} when it is configured ({@code QUARKUS_DATASOURCE_READS_JDBC_URL}, a replica), else to the
 * primary.
 */
@ApplicationScoped
public class ReadSql {

    private static final Logger LOG = Logger.getLogger(ReadSql.class);

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource("reads")
    InjectableInstance<AgroalDataSource> reads;

    @Inject
    TransactionManager transactions;

    @Inject
    DatabaseGate gate;

    private AgroalDataSource replica;

    @PostConstruct
    void init() {
        replica = reads.isResolvable() && reads.getHandle().getBean().isActive() ? reads.get() : null;
        if (replica != null) {
            LOG.info("Queries read from the 'reads' datasource; writes go to the primary.");
        }
    }

    /**
     * Runs reads on the primary: what was just committed there may not have reached a replica yet (a change heard
     * through LISTEN/NOTIFY is read right after its commit). Without a replica, runs them as they are.
     */
    public <T> T onPrimary(java.util.function.Supplier<T> reads) {
        return replica == null || inTransaction() ? reads.get()
                : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(reads::get);
    }

    /**
     * A connection for one read statement.
     *
     * @throws DatabaseUnavailableException when no connection can be had (the database is down)
     */
    Connection connection() {
        gate.check();
        try {
            Connection c = replica != null && !inTransaction() ? replica.getConnection() : primary.getConnection();
            gate.succeeded();
            return c;
        } catch (SQLException e) {
            throw gate.failed(e);
        }
    }

    private boolean inTransaction() {
        try {
            int status = transactions.getStatus();
            return status != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }
}
