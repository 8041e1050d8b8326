package dev.newsgraph.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The ingest's meters at /q/metrics: pages by outcome, articles and figures stored. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    @Inject
    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One page notification heard, written by this replica or another. */
    public void notification(boolean local) {
        Counter.builder("newsgraph.ingest.notifications").tag("origin", local ? "local" : "remote")
                .description("Page writes heard through LISTEN/NOTIFY, by the replica that wrote them").register(registry).increment();
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
}
