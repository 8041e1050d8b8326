package dev.newsgraph.graphql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GraphQL meters: {@code newsgraph_graphql_requests_seconds} (requests over HTTP by operation, cache state and
 * outcome), {@code newsgraph_graphql_unprefetched_fields_total}, and those of subscriptions:
 * {@code newsgraph_graphql_ws_connections}, {@code newsgraph_graphql_subscriptions{field}},
 * {@code newsgraph_graphql_subscription_events_total{field}}, {@code newsgraph_graphql_subscriptions_refused_total{reason}}
 * and {@code newsgraph_graphql_subscriptions_dropped_total{field}}.
 */
@ApplicationScoped
@Startup // its counters are on /q/metrics from the start
public class GraphQLMetrics {

    private static final Logger LOG = Logger.getLogger(GraphQLMetrics.class);
    /** Quarkus' meter of open WebSocket connections, by path (its HTTP server binder, on by default). */
    static final String QUARKUS_WEBSOCKET_CONNECTIONS = "http.server.websocket.connections";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, AtomicInteger> subscriptions = new ConcurrentHashMap<>();
    private final String path;

    @Inject
    public GraphQLMetrics(MeterRegistry registry, GraphQLGateway gateway,
                          @ConfigProperty(name = "quarkus.micrometer.binder.http-server.enabled", defaultValue = "true") boolean httpBinder) {
        this.registry = registry;
        this.path = gateway.path();
        FunctionCounter.builder("newsgraph.graphql.unprefetched.fields", Prefetch.class, p -> Prefetch.missedCount())
                .description("Nested fields the prefetch did not reach, loaded for their parent alone")
                .register(registry);
        Gauge.builder("newsgraph.graphql.ws.connections", this, GraphQLMetrics::webSocketConnections)
                .description("WebSocket connections open on /graphql (subscriptions)").register(registry);
        for (String field : new String[]{LiveFeed.STORY_ADDED, LiveFeed.QUOTES_UPDATED}) {
            subscriptionGauge(field);
        }
        if (!httpBinder) {
            LOG.warn("quarkus.micrometer.binder.http-server.enabled=false: WebSocket connections are not counted, so "
                    + "newsgraph.live.max-connections does not apply");
        }
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

    /** WebSocket connections open on the GraphQL path now. */
    int webSocketConnections() {
        int open = 0;
        for (LongTaskTimer t : registry.find(QUARKUS_WEBSOCKET_CONNECTIONS).tag("uri", path).longTaskTimers()) {
            open += t.activeTasks();
        }
        return open;
    }

    private AtomicInteger subscriptionGauge(String field) {
        return subscriptions.computeIfAbsent(field, f -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder("newsgraph.graphql.subscriptions", count, AtomicInteger::get).tag("field", f)
                    .description("Subscriptions active on this replica").register(registry);
            return count;
        });
    }

    void subscriptionStarted(String field) {
        subscriptionGauge(field).incrementAndGet();
    }

    void subscriptionEnded(String field, boolean dropped) {
        subscriptionGauge(field).decrementAndGet();
        if (dropped) {
            Counter.builder("newsgraph.graphql.subscriptions.dropped").tag("field", field)
                    .description("Subscriptions ended because they fell newsgraph.live.buffer events behind (slow subscribers)")
                    .register(registry).increment();
        }
    }

    /** A subscription or a connection refused: reason connections (too many open) or per-connection. */
    void subscriptionRefused(String reason) {
        Counter.builder("newsgraph.graphql.subscriptions.refused").tag("reason", reason)
                .description("WebSocket connections and subscriptions refused over their limits")
                .register(registry).increment();
    }

    void subscriptionEvent(String field) {
        Counter.builder("newsgraph.graphql.subscription.events").tag("field", field)
                .description("Events offered to subscriptions").register(registry).increment();
    }
}
