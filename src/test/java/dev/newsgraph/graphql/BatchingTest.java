package dev.newsgraph.graphql;

import dev.newsgraph.model.SqlStatementCounter;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are loaded in batches: the SQL statements a query costs do not grow with the rows it
 * returns. Two date windows hold 1 and 20 stories per country; the same nested query over each must cost
 * the same number of statements.
 */
@QuarkusTest
class BatchingTest {

    private static final LocalDate SMALL = LocalDate.of(1991, 1, 1);
    private static final LocalDate LARGE = LocalDate.of(1992, 1, 1);

    @Test
    void statementCountDoesNotGrowWithRows() {
        ingestStories(SMALL, 1, 3000);
        ingestStories(LARGE, 20, 4000);

        Measured small = measure(SMALL);
        Measured large = measure(LARGE);

        System.out.printf("Batching: %d stories -> %d SQL statements; %d stories -> %d SQL statements%n",
                small.stories, small.statements, large.stories, large.statements);
        assertThat(small.stories).isEqualTo(TestPages.PLACES.size());
        assertThat(large.stories).isEqualTo(TestPages.PLACES.size() * 20);
        assertThat(large.figures).isGreaterThan(small.figures * 10);
        assertThat(large.statements).isEqualTo(small.statements);
        // countries come from memory; one statement each for stories, metrics and quotations
        assertThat(large.statements).isLessThanOrEqualTo(3);
    }

    private record Measured(long statements, int stories, int figures) {
    }

    private Measured measure(LocalDate day) {
        long before = SqlStatementCounter.count();
        JsonPath result = GraphQL.post("nested-stories", "from", day.toString(), "to", day.plusDays(30).toString(),
                "first", 20).statusCode(200).extract().jsonPath();
        long statements = SqlStatementCounter.count() - before;
        assertThat(result.getList("errors")).isNull();
        List<Map<String, Object>> countries = result.getList("data.countries");
        int stories = 0;
        int figures = 0;
        for (Map<String, Object> c : countries) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((Map<String, Object>) c.get("stories")).get("nodes");
            stories += nodes.size();
            for (Map<String, Object> n : nodes) {
                figures += ((List<?>) n.get("metrics")).size();
                assertThat((List<?>) n.get("quotations")).isNotEmpty();
            }
        }
        return new Measured(statements, stories, figures);
    }

    private static void ingestStories(LocalDate day, int perCountry, int serialBase) {
        for (TestPages.Place place : TestPages.PLACES) {
            for (int i = 0; i < perCountry; i++) {
                String page = TestPages.story(place, serialBase + i);
                GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", day.plusDays(i).toString()))
                        .statusCode(200);
            }
        }
    }
}
