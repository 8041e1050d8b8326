package dev.newsgraph.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Declares what every test of the module runs against (global scope: one application start for all):
 * the embedded PostgreSQL and the settings of {@link TestSettingsResource}.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestSettingsResource.class, scope = TestResourceScope.GLOBAL)
public final class TestEnvironment {
    private TestEnvironment() {
    }
}
