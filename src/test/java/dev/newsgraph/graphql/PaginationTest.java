package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset paging stays correct while news arrives: no story is skipped or repeated. */
@QuarkusTest
class PaginationTest {

    private static final LocalDate FROM = LocalDate.of(2040, 1, 1);

    @Test
    void pagingForwardAndBackAcrossAnIngestOfNewerStories() {
        TestPages.Place uz = TestPages.PLACES.get(2);
        for (int i = 0; i < 7; i++) {
            ingest(uz, 9000 + i, FROM.plusDays(i));
        }

        JsonPath page1 = page(3, null, null, null);
        assertThat(titles(page1)).containsExactly("Uzbekistan Opens Mountain Road Number 9006",
                "Uzbekistan Opens Mountain Road Number 9005", "Uzbekistan Opens Mountain Road Number 9004");
        assertThat(page1.getBoolean("data.country.stories.pageInfo.hasNextPage")).isTrue();
        assertThat(page1.getBoolean("data.country.stories.pageInfo.hasPreviousPage")).isFalse();
        assertThat(page1.getInt("data.country.stories.totalCount")).isEqualTo(7);

        // Newer stories arrive between two page requests.
        ingest(uz, 9100, FROM.plusDays(100));
        ingest(uz, 9101, FROM.plusDays(101));

        List<String> seen = new ArrayList<>(titles(page1));
        String after = page1.getString("data.country.stories.pageInfo.endCursor");
        JsonPath page;
        do {
            page = page(3, after, null, null);
            seen.addAll(titles(page));
            after = page.getString("data.country.stories.pageInfo.endCursor");
        } while (page.getBoolean("data.country.stories.pageInfo.hasNextPage"));
        List<String> expected = new ArrayList<>();
        for (int i = 6; i >= 0; i--) {
            expected.add("Uzbekistan Opens Mountain Road Number " + (9000 + i));
        }
        assertThat(seen).as("every older story once, in order, none of the new ones").containsExactlyElementsOf(expected);
        assertThat(page.getInt("data.country.stories.totalCount")).isEqualTo(9);

        // Backwards from the oldest: last/before walks the same list in reverse, in list order per page.
        String before = page.getString("data.country.stories.pageInfo.startCursor");
        JsonPath back = page(null, null, 2, before);
        assertThat(titles(back)).containsExactly("Uzbekistan Opens Mountain Road Number 9002",
                "Uzbekistan Opens Mountain Road Number 9001");
        assertThat(back.getBoolean("data.country.stories.pageInfo.hasPreviousPage")).isTrue();
        assertThat(back.getBoolean("data.country.stories.pageInfo.hasNextPage")).isTrue();

        // The newest page now starts with the stories that arrived.
        assertThat(titles(page(2, null, null, null))).containsExactly("Uzbekistan Opens Mountain Road Number 9101",
                "Uzbekistan Opens Mountain Road Number 9100");
    }

    private static void ingest(TestPages.Place place, int serial, LocalDate day) {
        GraphQL.post("ingest", "input", Map.of("text", TestPages.story(place, serial), "publishedOn", day.toString()))
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    private static JsonPath page(Integer first, String after, Integer last, String before) {
        Object[] vars = {"code", "UZ", "from", FROM.toString(), "first", first, "after", after, "last", last, "before", before};
        JsonPath r = GraphQL.postQuery(GraphQL.document("stories-page"), vars).statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).isNull();
        return r;
    }

    private static List<String> titles(JsonPath page) {
        return page.getList("data.country.stories.edges.node.title", String.class);
    }
}
