package dev.newsgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsgraph.config.NewsGraphConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Automatic persisted queries, Apollo's protocol: a client sends only the SHA-256 of a query; when the
 * server does not know it, the client sends query and hash once and the server keeps the query. SmallRye
 * GraphQL has no such store, so it lives here, bounded by entries and by total query characters (least
 * recently used dropped first).
 */
@ApplicationScoped
public class PersistedQueries {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final Cache<String, String> queries;

    @Inject
    public PersistedQueries(NewsGraphConfig config) {
        NewsGraphConfig.Http http = config.http();
        this.queries = Caffeine.newBuilder()
                .maximumWeight(http.apqMaxChars())
                .weigher((String hash, String query) -> query.length() + hash.length())
                .build();
        // maximumWeight and maximumSize cannot be combined in Caffeine; bound the count through the weight:
        // every entry weighs at least its 64-character hash.
        long byCount = (long) http.apqMaxEntries() * 64;
        if (byCount < http.apqMaxChars()) {
            queries.policy().eviction().ifPresent(e -> e.setMaximum(Math.max(byCount, 64)));
        }
    }

    static boolean isHash(String s) {
        return s != null && SHA256_HEX.matcher(s).matches();
    }

    public Optional<String> find(String hash) {
        return Optional.ofNullable(queries.getIfPresent(hash.toLowerCase()));
    }

    /** Keeps the query under its hash, if the hash is the query's. */
    public boolean register(String hash, String query) {
        if (!sha256(query).equalsIgnoreCase(hash)) {
            return false;
        }
        queries.put(hash.toLowerCase(), query);
        return true;
    }

    public long size() {
        return queries.estimatedSize();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
