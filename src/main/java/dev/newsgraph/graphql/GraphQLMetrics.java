package dev.newsgraph.graphql;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The GraphQL meters: {@code newsgraph_graphql_requests_seconds} (requests over HTTP by operation, cache state and
 * outcome) and {@code newsgraph_graphql_unprefetched_fields_total}.
 */
@ApplicationScoped
@Startup // its counter is on /q/metrics from the start
public class GraphQLMetrics {

    private final MeterRegistry registry;

    @Inject
    public GraphQLMetrics(MeterRegistry registry) {
        this.registry = registry;
        FunctionCounter.builder("newsgraph.graphql.unprefetched.fields", Prefetch.class, p -> Prefetch.missedCount())
                .description("Nested fields the prefetch did not reach, loaded for their parent alone (a subscription's event)")
                .register(registry);
    }

    /** The timers by operation, cache state and outcome: a few dozen at most, looked up once each. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void request(String operation, String cache, String outcome, long nanos) {
        timers.computeIfAbsent(operation + '|' + cache + '|' + outcome, k -> Timer.builder("newsgraph.graphql.requests")
                        .description("GraphQL requests served at /graphql")
                        .tag("operation", operation).tag("cache", cache).tag("outcome", outcome)
                        .publishPercentileHistogram(false)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
