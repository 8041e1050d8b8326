package dev.newsgraph.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Declares what every test of the module runs against (global scope: one application start for all):
 * the embedded PostgreSQL and the API key the tests write with.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ApiKeyResource.class, scope = TestResourceScope.GLOBAL)
public final class TestEnvironment {
    private TestEnvironment() {
    }
}
