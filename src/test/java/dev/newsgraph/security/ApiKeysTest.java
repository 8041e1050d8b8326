package dev.newsgraph.security;

import dev.newsgraph.config.NewsGraphConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    private static ApiKeys keys(String... configured) {
        NewsGraphConfig config = (NewsGraphConfig) Proxy.newProxyInstance(NewsGraphConfig.class.getClassLoader(),
                new Class<?>[]{NewsGraphConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "apiKeys" -> Optional.of(List.of(configured));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new ApiKeys(config);
    }

    @Test
    void matchesAnyOfSeveralKeysExactly() {
        ApiKeys keys = keys("alpha-key", " beta-key ");
        assertThat(keys.match("alpha-key")).contains(0);
        assertThat(keys.match("beta-key")).contains(1);
        assertThat(keys.match("alpha-ke")).isEmpty();
        assertThat(keys.match("alpha-key ")).isEmpty();
        assertThat(keys.match("ALPHA-KEY")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.match(null)).isEmpty();
        assertThat(keys.match("x".repeat(10_000))).isEmpty();
    }

    @Test
    void noConfiguredKeyMatchesNothing() {
        ApiKeys keys = keys();
        assertThat(keys.any()).isFalse();
        assertThat(keys.match("anything")).isEmpty();
    }
}
