package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IngestApiTest {

    @Test
    void storesAnArticleWithItsCountriesFiguresAndQuotation() {
        String page = TestPages.story(TestPages.PLACES.get(0), 1001);
        JsonPath result = GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", "2024-03-05",
                "sourceUrl", "https://example.org/road-1001")).statusCode(200).extract().jsonPath();

        assertThat(result.getList("errors")).isNull();
        assertThat(result.getInt("data.ingest.created")).isEqualTo(1);
        assertThat(result.getString("data.ingest.articles[0].title")).isEqualTo("Kyrgyzstan Opens Mountain Road Number 1001");
        assertThat(result.getString("data.ingest.articles[0].publishedOn")).isEqualTo("2024-03-05");
        assertThat(result.getString("data.ingest.articles[0].sourceUrl")).isEqualTo("https://example.org/road-1001");
        assertThat(result.getString("data.ingest.articles[0].language")).isEqualTo("en");
        assertThat(result.getString("data.ingest.articles[0].primaryCountry.code")).isEqualTo("KG");
        assertThat(result.getList("data.ingest.articles[0].countries.code", String.class)).contains("KG");

        List<Map<String, Object>> metrics = result.getList("data.ingest.articles[0].metrics");
        assertThat(metrics).extracting(m -> m.get("surface"))
                .contains("1041-kilometer", "$1011 million", "1301 workers");
        Map<String, Object> road = metrics.stream().filter(m -> "1041-kilometer".equals(m.get("surface"))).findFirst().orElseThrow();
        assertThat(road).containsEntry("kind", "QUANTITY").containsEntry("unit", "km");
        assertThat(((Number) road.get("value")).doubleValue()).isEqualTo(1041.0);
        Map<String, Object> cost = metrics.stream().filter(m -> "$1011 million".equals(m.get("surface"))).findFirst().orElseThrow();
        assertThat(cost).containsEntry("kind", "MONEY").containsEntry("unit", "USD");
        assertThat(((Number) cost.get("value")).doubleValue()).isEqualTo(1.011e9);
        assertThat((String) cost.get("sentence")).contains("The project cost");

        assertThat(result.getList("data.ingest.articles[0].quotations.speaker", String.class)).containsExactly("Asanov");
        assertThat(result.getString("data.ingest.articles[0].quotations[0].text"))
                .startsWith("This road links two valleys");
        assertThat(result.getList("data.ingest.articles[0].sections")).isNotEmpty();
    }

    @Test
    void reingestingTheSamePageWritesNothing() {
        String page = TestPages.story(TestPages.PLACES.get(1), 1002);
        JsonPath first = GraphQL.post("ingest", "input", Map.of("text", page)).statusCode(200).extract().jsonPath();
        assertThat(first.getInt("data.ingest.created")).isEqualTo(1);
        Map<String, Long> before = Rows.counts();

        // Same page again, with other line endings and trailing blanks: still the same page.
        JsonPath second = GraphQL.post("ingest", "input", Map.of("text", page.replace("\n", "\r\n") + "\n\n"))
                .statusCode(200).extract().jsonPath();

        assertThat(second.getInt("data.ingest.created")).isZero();
        assertThat(second.getInt("data.ingest.duplicates")).isEqualTo(1);
        assertThat(second.getString("data.ingest.articles[0].id")).isEqualTo(first.getString("data.ingest.articles[0].id"));
        assertThat(second.getList("data.ingest.articles[0].metrics"))
                .hasSameSizeAs(first.getList("data.ingest.articles[0].metrics"));
        assertThat(Rows.counts()).isEqualTo(before);
    }
}
