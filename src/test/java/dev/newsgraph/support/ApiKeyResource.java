package dev.newsgraph.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Configures the tests' API key. The test profile sets it too; this also reaches the packaged application
 * that the {@code *IT} tests start (production profile, which has no key of its own).
 */
public class ApiKeyResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("newsgraph.api-keys", GraphQL.API_KEY);
    }

    @Override
    public void stop() {
    }
}
