package dev.newsgraph.explorer;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The explorer page and what it loads are served by the application (ExplorerPageIT: by the packaged one too); the
 * page itself is checked in a real browser by browser/explorer.mjs.
 */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void thePageIsServedAtTheRoot() {
        given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("explorer/app.js"), containsString("webjars/uplot/dist/uPlot.min.css"));
    }

    @Test
    void itsModulesAndUplotAreServed() {
        for (String module : new String[]{"/explorer/app.js", "/explorer/api.js", "/explorer/charts.js"}) {
            given().when().get(module).then().statusCode(200).contentType(containsString("javascript"));
        }
        given().when().get("/explorer/charts.js").then().body(containsString("../webjars/uplot/dist/uPlot.esm.js"));
        given().when().get("/webjars/uplot/dist/uPlot.esm.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("export"));
        given().when().get("/webjars/uplot/dist/uPlot.min.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
