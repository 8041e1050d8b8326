package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.SqlStatements;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 anywhere: for every nested path of the schema, the SQL statements a query costs do not grow with
 * the rows it returns. Two date windows hold 1 and 20 stories per country (each with figures, a quotation
 * and a ticker); the same query over each window must cost the same number of statements, while the
 * larger one returns many times the data.
 */
@QuarkusTest
class NestedFieldBatchingTest {

    private static final LocalDate SMALL = LocalDate.of(1991, 1, 1);
    private static final LocalDate LARGE = LocalDate.of(1992, 1, 1);
    private static boolean loaded;

    /** Loaded on first use: RestAssured points at the test application only once a test runs. */
    private static synchronized void load() {
        if (!loaded) {
            ingest(SMALL, 1, 3000);
            ingest(LARGE, 20, 4000);
            loaded = true;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "batch-stories-figures",
            "batch-stories-countries",
            "batch-country-metrics",
            "batch-metrics",
            "batch-articles",
            "batch-search",
            "batch-quotes",
            "batch-stats",
            "batch-usd"})
    void statementsDoNotGrowWithRows(String query) {
        load();
        long unprefetched = SqlStatements.unprefetched();
        Measured small = measure(query, SMALL);
        Measured large = measure(query, LARGE);
        assertThat(SqlStatements.unprefetched()).as("nested fields loaded for one parent at a time").isEqualTo(unprefetched);
        System.out.printf("%-26s %5d objects -> %d statements | %5d objects -> %d statements%n",
                query, small.objects, small.statements, large.objects, large.statements);
        if (query.equals("batch-stats")) {
            // aggregates: as many groups either way, but over 20 times the figures
            assertThat(large.figuresCounted).isGreaterThan(small.figuresCounted * 10);
        } else {
            assertThat(large.objects - small.objects).as("the large window returns many more objects").isGreaterThan(50);
        }
        assertThat(large.statements).as("SQL statements, large window vs small").isEqualTo(small.statements);
        assertThat(large.statements).as("at most one statement per nesting level").isLessThanOrEqualTo(6);
    }

    /** People of one country (TJ) against people of another (TM): 1 against 20, each quoted twice. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"batch-people", "batch-person-articles"})
    void peopleStatementsDoNotGrowWithRows(String query) {
        loadPeople();
        long unprefetched = SqlStatements.unprefetched();
        Measured small = measurePeople(query, "TJ");
        Measured large = measurePeople(query, "TM");
        assertThat(SqlStatements.unprefetched()).as("nested fields loaded for one parent at a time").isEqualTo(unprefetched);
        System.out.printf("%-26s %5d objects -> %d statements | %5d objects -> %d statements%n",
                query, small.objects, small.statements, large.objects, large.statements);
        assertThat(large.objects - small.objects).as("the large country returns many more objects").isGreaterThan(50);
        assertThat(large.statements).as("SQL statements, large country vs small").isEqualTo(small.statements);
        assertThat(large.statements).as("at most one statement per nesting level").isLessThanOrEqualTo(6);
    }

    private static final String[] GIVEN = {"Aidar", "Bekzat", "Chingiz", "Daulet", "Erbol", "Farhod", "Gairat", "Ilyas",
            "Jasur", "Kanat", "Laziz", "Murat", "Nodir", "Olim", "Parviz", "Rustam", "Sanjar", "Timur", "Ulan", "Zafar"};
    private static final String[] FAMILY = {"Alimov", "Baratov", "Charyev", "Durdyev", "Esenov", "Gurbanov", "Hojayev",
            "Isayev", "Jumayev", "Kakayev", "Lukmanov", "Mammedov", "Nurmuhammedov", "Orazov", "Pirmuhammedov",
            "Rejepov", "Saparmuradov", "Tagiyev", "Ussayev", "Yazmuradov"};
    private static boolean peopleLoaded;

    private static synchronized void loadPeople() {
        if (peopleLoaded) {
            return;
        }
        speeches("Tajikistan", "Tajik", 1, 5000);
        speeches("Turkmenistan", "Turkmen", 20, 5100);
        peopleLoaded = true;
    }

    /** For each of {@code people} officials, two articles that quote them, the country stated before the title. */
    private static void speeches(String country, String adjective, int people, int serialBase) {
        for (int i = 0; i < people; i++) {
            for (int k = 0; k < 2; k++) {
                String page = country + " Expands Gas Exports Number " + (serialBase + i * 2 + k) + "\n\n"
                        + country + " will expand its gas exports this year, the government said on Monday.\n\n"
                        + "\u201cWe will double the supplies to our partners in the east,\u201d said " + adjective
                        + " Energy Minister " + GIVEN[i] + " " + FAMILY[i] + ".\n";
                GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", LocalDate.of(1993, 1, 1).plusDays(i * 2 + k).toString()))
                        .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            }
        }
    }

    private static Measured measurePeople(String query, String code) {
        long before = SqlStatements.sent();
        ExtractableResponse<Response> response = GraphQL.postUncached(query, "code", code).statusCode(200).extract();
        long statements = SqlStatements.sent() - before;
        assertThat(response.jsonPath().getList("errors")).as(query + " errors").isNull();
        int objects = (int) response.asString().chars().filter(c -> c == '{').count();
        return new Measured(statements, objects, 0);
    }

    private record Measured(long statements, int objects, long figuresCounted) {
    }

    private static Measured measure(String query, LocalDate day) {
        long before = SqlStatements.sent();
        ExtractableResponse<Response> response = GraphQL.postUncached(query,
                "from", day.toString(), "to", day.plusDays(30).toString()).statusCode(200).extract();
        long statements = SqlStatements.sent() - before;
        assertThat(response.jsonPath().getList("errors")).as(query + " errors").isNull();
        String body = response.asString();
        int objects = (int) body.chars().filter(c -> c == '{').count();
        long counted = query.equals("batch-stats")
                ? response.jsonPath().getList("data.metricStats.count", Integer.class).stream().mapToLong(i -> i).sum() : 0;
        return new Measured(statements, objects, counted);
    }

    private static void ingest(LocalDate day, int perCountry, int serialBase) {
        for (TestPages.Place place : TestPages.PLACES) {
            for (int i = 0; i < perCountry; i++) {
                String page = TestPages.storyWithTicker(place, serialBase + i);
                GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", day.plusDays(i).toString()))
                        .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            }
        }
    }
}
