package dev.newsgraph.model;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every SQL statement sent: those Hibernate prepares (the write path) and those of the read path
 * ({@link NativeSql}). The count backs the proof that
 * nested GraphQL fields are batched (statements per request do not grow with rows) and the
 * {@code newsgraph.sql.statements} metric.
 */
@PersistenceUnitExtension
public class SqlStatementCounter implements StatementInspector {

    private static final LongAdder COUNT = new LongAdder();

    @Override
    public String inspect(String sql) {
        COUNT.increment();
        return sql;
    }

    /** Counts a statement sent outside Hibernate (the read path's JDBC). */
    static void increment() {
        COUNT.increment();
    }

    /** Statements prepared since start-up. */
    public static long count() {
        return COUNT.sum();
    }
}
