package dev.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application. */
@QuarkusIntegrationTest
class NodeIT extends NodeTest {
}
