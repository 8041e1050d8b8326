package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.SqlStatements;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Subtrees} completes query answers in bulk; graphql-java's engine completes them field by field. For
 * every shape of query the API serves — nested batches, connections, edges and cursors, aliases, fragments,
 * {@code @skip}/{@code @include}, {@code __typename}, nulls, variables, search snippets, errors — the two must
 * send the client the same bytes. Each query is asked with the shortcut on and off, around the read cache.
 */
@QuarkusTest
class FastCompletionTest {

    private static final String FRAGMENTS = """
            query Fragments($code: ID!, $withQuotes: Boolean!, $noFigures: Boolean!) {
              country(code: $code) {
                ...Named
                kind: __typename
                stories(first: 3) {
                  __typename
                  pageInfo { ...Page }
                  edges { cursor node { ... on Article { id heading: title } ...Story } }
                }
              }
            }
            fragment Named on Country { code name currency }
            fragment Page on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            fragment Story on Article {
              publishedOn
              quotations @include(if: $withQuotes) { speaker text article { id } }
              metrics(first: 2) @skip(if: $noFigures) { s: surface value kind unit label country { code } }
              q: quotations { speaker }
              countries { code } primaryCountry { code name }
              sections { heading paragraphs }
            }
            """;

    @BeforeEach
    void pages() {
        for (int i = 0; i < 4; i++) {
            GraphQL.post("ingest", "input", Map.of("text",
                    TestPages.storyWithTicker(TestPages.PLACES.get(i % TestPages.PLACES.size()), 9300 + i),
                    "sourceUrl", "https://news.example/" + (9300 + i))).statusCode(200);
        }
    }

    @AfterEach
    void shortcutBackOn() {
        FlatObjects.fastCompletion(true);
    }

    @Test
    void sameBytesForEveryShapeOfQuery() {
        Map<String, Object> range = vars("from", "2000-01-01", "to", "2100-01-01");
        String code = TestPages.PLACES.get(0).code();
        List<Case> cases = List.of(
                new Case(GraphQL.document("batch-stories-figures"), range),
                new Case(GraphQL.document("batch-stories-countries"), range),
                new Case(GraphQL.document("batch-country-metrics"), range),
                new Case(GraphQL.document("batch-metrics"), range),
                new Case(GraphQL.document("batch-articles"), range),
                new Case(GraphQL.document("batch-search"), range),
                new Case(GraphQL.document("batch-quotes"), range),
                new Case(GraphQL.document("batch-stats"), range),
                new Case(GraphQL.document("latest-quotes"), Map.of()),
                new Case(GraphQL.document("countries"), Map.of()),
                new Case(GraphQL.document("country-stories"), vars("code", code, "first", 5)),
                new Case(GraphQL.document("stories-page"), vars("code", code, "first", 2)),
                new Case(GraphQL.document("stories-page"), vars("code", code, "last", 2)),
                new Case("{ countries { code name stories(first: 10) { nodes { id title publishedOn "
                        + "metrics(first: 10) { surface value kind unit } } } } }", Map.of()),
                // Left out of the SQL when not selected (Selections): here selected, through nodes and edges.
                new Case("query($code: ID!) { country(code: $code) { stories(first: 4) { nodes { sourceUrl "
                        + "metrics(first: 3) { sentence } } edges { node { title sourceUrl } } } } }", vars("code", code)),
                new Case(FRAGMENTS, vars("code", code, "withQuotes", true, "noFigures", false)),
                new Case(FRAGMENTS, vars("code", code, "withQuotes", false, "noFigures", true)),
                new Case("{ a: countries { code } b: country(code: \"" + code + "\") { name } __typename }", Map.of()));
        long before = FastCompletionStats.completed();
        for (Case c : cases) {
            String fast = answer(c, true);
            String engine = answer(c, false);
            assertThat(fast).as(c.query()).isEqualTo(engine).doesNotContain("\"errors\"");
            if (c.query().contains("sourceUrl")) {
                assertThat(fast).contains("https://news.example/").contains("\"sentence\":\"");
            }
        }
        assertThat(FastCompletionStats.completed() - before).as("root fields completed in bulk")
                .isGreaterThanOrEqualTo(cases.size());
    }

    @Test
    void errorsInsideTheTreeAreTheEnginesOwn() {
        String code = TestPages.PLACES.get(0).code();
        // A cursor that is not one of ours fails inside the batched stories field: the shortcut hands the field
        // back, and the client gets the engine's error, path and partial answer.
        Case oversized = new Case("query($code: ID!) { country(code: $code) { code stories(after: \"bm90LWEtY3Vyc29y\") { totalCount } } }",
                vars("code", code));
        long handedBack = FastCompletionStats.handedBack();
        String fast = answer(oversized, true);
        assertThat(FastCompletionStats.handedBack()).isEqualTo(handedBack + 1);
        assertThat(fast).isEqualTo(answer(oversized, false)).contains("BAD_USER_INPUT");

        // One root field completed in bulk, its sibling handed back to the engine's data loaders: both answer.
        Case mixed = new Case("query($code: ID!) { countries { code stories(first: 1) { totalCount nodes { title } } }"
                + " country(code: $code) { code metrics(after: \"bm90LWEtY3Vyc29y\") { totalCount } } }", vars("code", code));
        long completed = FastCompletionStats.completed();
        String mixedFast = answer(mixed, true);
        assertThat(FastCompletionStats.completed()).isEqualTo(completed + 1);
        assertThat(mixedFast).isEqualTo(answer(mixed, false)).contains("BAD_USER_INPUT").contains("\"countries\":[{");

        Case missing = new Case("{ country(code: \"XX\") { code stories { totalCount } } }", Map.of());
        assertThat(answer(missing, true)).isEqualTo(answer(missing, false)).contains("NOT_FOUND");
    }

    @Test
    void oneBatchedFieldWithDifferentArgumentsPerAlias() {
        // Each set of arguments is its own batch (one statement per set, whatever the number of countries),
        // on both paths: the engine's data loaders get a loader per set of arguments.
        Case aliases = new Case("{ countries { code one: stories(first: 1) { nodes { id } } three: stories(first: 3)"
                + " { nodes { id } } again: stories(first: 1) { totalCount } figures: metrics(first: 2) { nodes { value } } } }", Map.of());
        for (boolean shortcut : new boolean[]{true, false}) {
            long before = SqlStatements.sent();
            String body = answer(aliases, shortcut);
            long statements = SqlStatements.sent() - before;
            JsonPath json = new JsonPath(body);
            assertThat(body).doesNotContain("\"errors\"");
            List<Map<String, Object>> countries = json.getList("data.countries");
            int withThree = 0;
            for (int i = 0; i < countries.size(); i++) {
                List<String> one = json.getList("data.countries[" + i + "].one.nodes.id");
                List<String> three = json.getList("data.countries[" + i + "].three.nodes.id");
                assertThat(one).hasSizeLessThanOrEqualTo(1);
                assertThat(three).hasSizeLessThanOrEqualTo(3).hasSizeGreaterThanOrEqualTo(one.size());
                assertThat(three.subList(0, one.size())).isEqualTo(one); // the same list, newest first
                withThree += three.size() == 3 ? 1 : 0;
            }
            assertThat(withThree).as("countries with three stories").isPositive();
            // stories(first: 1), stories(first: 3), totalCount, metrics: four statements, plus what the root
            // field and the engine's bookkeeping send; not one per country
            assertThat(statements).as("statements, shortcut " + shortcut).isLessThanOrEqualTo(6);
        }
        assertThat(answer(aliases, true)).isEqualTo(answer(aliases, false));
    }

    private record Case(String query, Map<String, Object> variables) {
    }

    private static String answer(Case c, boolean shortcut) {
        FlatObjects.fastCompletion(shortcut);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", c.query());
        body.put("variables", c.variables());
        return given().contentType("application/json").header("Cache-Control", "no-cache")
                .header("X-API-Key", GraphQL.API_KEY).body(body)
                .when().post("/graphql").then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
