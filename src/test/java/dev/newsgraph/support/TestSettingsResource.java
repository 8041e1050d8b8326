package dev.newsgraph.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Settings every test runs with. The test profile has them too; this also reaches the packaged application
 * that the {@code *IT} tests start (production profile): the API key the tests write with, and the bundled
 * sample page at start-up.
 */
public class TestSettingsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("newsgraph.api-keys", GraphQL.API_KEY, "newsgraph.import.sample", "true",
                "newsgraph.live.max-connections", "6");
    }

    @Override
    public void stop() {
    }
}
