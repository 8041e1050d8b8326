package dev.newsgraph.config;

import dev.newsgraph.graphql.FastCompletionStats;
import dev.newsgraph.model.SqlStatementCounter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/**
 * The service's own metrics, exposed with Quarkus' at /q/metrics (Prometheus): ingest counters, GraphQL
 * request timings, and the number of SQL statements sent.
 */
@ApplicationScoped
public class ServiceMetrics {

    private final MeterRegistry registry;

    @Inject
    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        FunctionCounter.builder("newsgraph.sql.statements", SqlStatementCounter.class, c -> SqlStatementCounter.count())
                .description("SQL statements prepared by Hibernate, native queries included")
                .register(registry);
        FunctionCounter.builder("newsgraph.graphql.fast.completions", FastCompletionStats.class, c -> FastCompletionStats.completed())
                .description("Root fields of queries completed in bulk, or handed back to graphql-java's engine")
                .tag("outcome", "completed").register(registry);
        FunctionCounter.builder("newsgraph.graphql.fast.completions", FastCompletionStats.class, c -> FastCompletionStats.handedBack())
                .description("Root fields of queries completed in bulk, or handed back to graphql-java's engine")
                .tag("outcome", "handed_back").register(registry);
    }

    /** One ingest, by outcome: created, duplicate, rejected, failed. */
    public void ingest(String outcome, int articles, int figures) {
        Counter.builder("newsgraph.ingest.pages").tag("outcome", outcome)
                .description("Pages sent to ingest, by outcome").register(registry).increment();
        if (articles > 0) {
            Counter.builder("newsgraph.ingest.articles").description("Articles stored").register(registry).increment(articles);
        }
        if (figures > 0) {
            Counter.builder("newsgraph.ingest.metrics").description("Figures stored").register(registry).increment(figures);
        }
    }

    /** One GraphQL request over HTTP: its operation kind, cache state and outcome, and how long it took. */
    public void graphqlRequest(String operation, String cache, String outcome, long nanos) {
        Timer.builder("newsgraph.graphql.requests")
                .description("GraphQL requests served at /graphql")
                .tag("operation", operation).tag("cache", cache).tag("outcome", outcome)
                .publishPercentileHistogram(false)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
