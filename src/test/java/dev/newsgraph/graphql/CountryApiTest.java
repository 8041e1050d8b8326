package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CountryApiTest {

    @Test
    void everyIsoCountryIsSeededWithItsCurrency() {
        GraphQL.post("countries").statusCode(200)
                .body("errors", nullValue())
                .body("data.countries", hasSize(249))
                .body("data.countries.find { it.code == 'KG' }.currency", equalTo("KGS"))
                .body("data.countries.find { it.code == 'TM' }.name", equalTo("Turkmenistan"))
                .body("data.countries.code", hasItem("AQ"));
    }

    @Test
    void countryCodeIsMatchedInAnyCase() {
        GraphQL.post("country-stories", "code", "kz").statusCode(200)
                .body("errors", nullValue())
                .body("data.country.code", equalTo("KZ"))
                .body("data.country.name", equalTo("Kazakhstan"));
    }
}
