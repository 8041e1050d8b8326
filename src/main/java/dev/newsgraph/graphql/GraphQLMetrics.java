package dev.newsgraph.graphql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/** {@code newsgraph_graphql_requests_seconds}: GraphQL requests over HTTP by operation, cache state and outcome. */
@ApplicationScoped
public class GraphQLMetrics {

    private final MeterRegistry registry;

    @Inject
    public GraphQLMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void request(String operation, String cache, String outcome, long nanos) {
        Timer.builder("newsgraph.graphql.requests")
                .description("GraphQL requests served at /graphql")
                .tag("operation", operation).tag("cache", cache).tag("outcome", outcome)
                .publishPercentileHistogram(false)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
