package dev.newsgraph.explorer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application: the production build serves the page too. */
@QuarkusIntegrationTest
class ExplorerPageIT extends ExplorerPageTest {
}
