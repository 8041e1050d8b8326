package dev.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application (those that install a fault inside it are skipped). */
@QuarkusIntegrationTest
class SubscriptionIT extends SubscriptionTest {
}
