package dev.newsgraph.model;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** {@code newsgraph_sql_statements_total}: the statements counted by {@link SqlStatementCounter}. Bound by Quarkus. */
@Singleton
public class SqlMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newsgraph.sql.statements", SqlStatementCounter.class, c -> SqlStatementCounter.count())
                .description("SQL statements prepared by Hibernate, native queries included")
                .register(registry);
    }
}
