package dev.newsgraph.model;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every SQL statement Hibernate prepares, native queries included. The count backs the proof that
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

    /** Statements prepared since start-up. */
    public static long count() {
        return COUNT.sum();
    }
}
