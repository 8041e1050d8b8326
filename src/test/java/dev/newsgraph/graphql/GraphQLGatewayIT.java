package dev.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application (jar, or native binary with -Dnative). */
@QuarkusIntegrationTest
class GraphQLGatewayIT extends GraphQLGatewayTest {
}
