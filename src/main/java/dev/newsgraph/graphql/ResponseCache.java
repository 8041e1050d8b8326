package dev.newsgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsgraph.config.NewsGraphConfig;
import dev.newsgraph.ingest.PagesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to read queries, kept until the next ingest (every ingest that stores something empties it) and
 * at most {@code cache-ttl} seconds, which bounds staleness when another replica ingested. Only answers
 * without errors are kept. Bounded by total bytes.
 */
@ApplicationScoped
public class ResponseCache {

    /** A finished answer: the JSON body and its entity tag. */
    public record Entry(byte[] body, String etag) {
    }

    private final boolean enabled;
    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public ResponseCache(NewsGraphConfig config) {
        NewsGraphConfig.Http http = config.http();
        this.enabled = http.cacheEnabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(http.cacheMaxBytes())
                .weigher((String key, Entry e) -> key.length() + e.body().length)
                .expireAfterWrite(Duration.ofSeconds(http.cacheTtl()))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<Entry> find(String key) {
        return enabled ? Optional.ofNullable(entries.getIfPresent(key)) : Optional.empty();
    }

    /** The current generation; read it before computing an answer and pass it to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /**
     * Keeps an answer computed while {@code generationAtStart} was current. An answer whose computation
     * overlapped an ingest may hold data from before it, so it is not kept.
     */
    public void put(String key, Entry entry, long generationAtStart) {
        if (enabled && generation.get() == generationAtStart) {
            entries.put(key, entry);
            if (generation.get() != generationAtStart) {
                entries.invalidate(key);
            }
        }
    }

    void invalidate(@Observes PagesChanged event) {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    public long size() {
        return entries.estimatedSize();
    }
}
