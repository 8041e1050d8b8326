package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects whose selected fields are all plain scalars are completed by {@link FlatObjects}' shortcut; adding
 * one field with its own fetcher sends the same objects through graphql-java's normal path. Both answers must
 * agree on every shared field: values, nulls, enum names, aliases, {@code __typename} and key order.
 */
@QuarkusTest
class FlatObjectsTest {

    private static final String FIELDS = "__typename s: surface value kind unit label start end sentence";

    @Test
    void shortcutAnswersExactlyAsTheEngine() {
        JsonPath stored = GraphQL.post("ingest", "input",
                        Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(1), 9101)))
                .statusCode(200).extract().jsonPath();
        String id = stored.getString("data.ingest.articles[0].id");

        List<Map<String, Object>> flat = metrics("query F($id: ID!) { article(id: $id) { metrics { " + FIELDS + " } } }", id);
        List<Map<String, Object>> engine = metrics(
                "query E($id: ID!) { article(id: $id) { metrics { " + FIELDS + " country { code } } } }", id);

        assertThat(flat).hasSizeGreaterThanOrEqualTo(4);
        assertThat(flat).hasSameSizeAs(engine);
        for (int i = 0; i < flat.size(); i++) {
            Map<String, Object> shared = new java.util.LinkedHashMap<>(engine.get(i));
            shared.remove("country");
            assertThat(flat.get(i)).containsExactlyEntriesOf(shared);
            assertThat(new ArrayList<>(flat.get(i).keySet()))
                    .containsExactly("__typename", "s", "value", "kind", "unit", "label", "start", "end", "sentence");
        }
        assertThat(flat).extracting(m -> m.get("__typename")).containsOnly("Metric");
        assertThat(flat).extracting(m -> m.get("kind")).contains("MONEY", "PERCENT");
        assertThat(flat).anySatisfy(m -> assertThat(m.get("label")).isNull()); // a null takes the engine's path

        // The first figures of an article, and of one kind, are the head of its figures in text order.
        assertThat(metrics("query F($id: ID!) { article(id: $id) { metrics(first: 2) { " + FIELDS + " } } }", id))
                .containsExactlyElementsOf(flat.subList(0, 2));
        List<Map<String, Object>> percents = flat.stream().filter(m -> "PERCENT".equals(m.get("kind"))).toList();
        assertThat(metrics("query F($id: ID!) { article(id: $id) { metrics(first: 1, kind: PERCENT) { " + FIELDS
                + " } } }", id)).containsExactlyElementsOf(percents.subList(0, 1));
    }

    @Test
    void quotesOfTheTickerAgreeToo() {
        GraphQL.post("ingest", "input", Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(2), 9102)))
                .statusCode(200);
        List<Map<String, Object>> flat = GraphQL.postQuery("{ latestQuotes { base quote rate changePercent asOf } }")
                .statusCode(200).extract().jsonPath().getList("data.latestQuotes");
        List<Map<String, Object>> engine = GraphQL.postQuery(
                        "{ latestQuotes { base quote rate changePercent asOf country { code } } }")
                .statusCode(200).extract().jsonPath().getList("data.latestQuotes");
        assertThat(flat).isNotEmpty().hasSameSizeAs(engine);
        for (int i = 0; i < flat.size(); i++) {
            Map<String, Object> shared = new java.util.LinkedHashMap<>(engine.get(i));
            shared.remove("country");
            assertThat(flat.get(i)).containsExactlyEntriesOf(shared);
        }
    }

    private static List<Map<String, Object>> metrics(String query, String id) {
        return GraphQL.postQuery(query, "id", id).statusCode(200)
                .extract().jsonPath().getList("data.article.metrics");
    }
}
