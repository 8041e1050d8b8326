package dev.newsgraph.security;

import dev.newsgraph.config.NewsGraphConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held as SHA-256 digests and compared in constant time: every key is compared,
 * and digests have one length, so neither the timing nor the key length tells an attacker anything.
 */
@ApplicationScoped
public class ApiKeys {

    /** The role a valid key grants; every write requires it. */
    public static final String WRITER = "writer";
    public static final String HEADER = "X-API-Key";
    /** Longest key considered at all; longer headers are refused without hashing. */
    static final int MAX_KEY_LENGTH = 256;

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final List<byte[]> digests;
    private final List<String> keys;

    @Inject
    public ApiKeys(NewsGraphConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    /** The index of the matching key, if any. */
    public Optional<Integer> match(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        byte[] d = digest(candidate);
        int found = -1;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(d, digests.get(i)) && found < 0) {
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(found);
    }

    public boolean any() {
        return !digests.isEmpty();
    }

    void announce(@Observes StartupEvent event) {
        if (keys.isEmpty()) {
            LOG.warn("No API key configured (NEWSGRAPH_API_KEYS): writes are refused.");
        } else if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.infof("Dev mode: writes need the header %s: %s", HEADER, keys.get(0));
        } else {
            LOG.infof("%d API key(s) configured for writes.", keys.size());
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
