package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SmokeTest {
    @Test
    void countriesAreSeeded() {
        GraphQL.post("countries").statusCode(200)
                .body("data.countries", hasSize(249))
                .body("data.countries.code", hasItem("KG"));
    }
}
