package dev.newsgraph.graphql;

import dev.newsgraph.ingest.IngestFaults;
import dev.newsgraph.model.Page;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.GraphQLWebSocket;
import dev.newsgraph.support.SqlStatements;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subscriptions over graphql-transport-ws at /graphql, with a real WebSocket client: each new article arrives right
 * after its ingest commits, with what the subscription selects; nothing for a rolled-back or duplicate page; filters;
 * the limits on connections and on subscriptions per connection, and their metrics.
 */
@QuarkusTest
class SubscriptionTest {

    private static final TestPages.Place KG = TestPages.PLACES.get(0);
    private static final TestPages.Place KZ = TestPages.PLACES.get(1);

    static JsonPath ingest(String text) {
        JsonPath r = GraphQL.post("ingest", "input", Map.of("text", text)).statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).as(r.prettify()).isNull();
        return r;
    }

    @Test
    void aNewArticleArrivesAfterItsIngestCommitsWithTheFiguresSelected() {
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("1", GraphQL.document("story-added"));
            awaitSubscribed("storyAdded", 1);
            long unprefetched = SqlStatements.unprefetched();

            JsonPath stored = ingest(TestPages.story(KG, 52_001));

            JsonObject story = ws.nextData("1").getJsonObject("storyAdded");
            assertThat(story.getString("id")).isEqualTo(stored.getString("data.ingest.articles[0].id"));
            assertThat(story.getString("title")).isEqualTo(stored.getString("data.ingest.articles[0].title"));
            assertThat(story.getJsonObject("primaryCountry").getString("code")).isEqualTo("KG");
            List<String> surfaces = new ArrayList<>();
            story.getJsonArray("metrics").forEach(m -> surfaces.add(((JsonObject) m).getString("surface")));
            assertThat(surfaces).isNotEmpty().containsExactlyElementsOf(stored.getList("data.ingest.articles[0].metrics.surface"));
            assertThat(story.getJsonArray("quotations").getJsonObject(0).getString("speaker"))
                    .isEqualTo(stored.getString("data.ingest.articles[0].quotations[0].speaker"));
            assertThat(SqlStatements.unprefetched()).as("the event's nested fields were loaded ahead").isEqualTo(unprefetched);
        }
    }

    @Test
    @DisabledOnIntegrationTest("installs a fault in the application")
    void nothingArrivesForARolledBackOrADuplicatePage() {
        String first = TestPages.story(KG, 52_101);
        ingest(first);
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("s", GraphQL.document("story-added"));
            awaitSubscribed("storyAdded", 1);

            QuarkusMock.installMockForType(new IngestFaults() {
                @Override
                public void afterArticles(Page page) {
                    throw new IllegalStateException("injected failure after page " + page.id);
                }
            }, IngestFaults.class);
            JsonPath failed = GraphQL.post("ingest", "input", Map.of("text", TestPages.story(KG, 52_102))).extract().jsonPath();
            assertThat(failed.getString("errors[0].extensions.code")).isEqualTo("INTERNAL");
            QuarkusMock.installMockForType(new IngestFaults(), IngestFaults.class);
            assertThat(ingest(first).getInt("data.ingest.duplicates")).isEqualTo(1);

            // Notifications arrive in commit order: the next event is the page stored after the two that were not.
            JsonPath third = ingest(TestPages.story(KG, 52_103));
            assertThat(ws.nextData("s").getJsonObject("storyAdded").getString("id"))
                    .isEqualTo(third.getString("data.ingest.articles[0].id"));
        }
    }

    @Test
    void subscribersHearOnlyTheCountryAndRoleTheyAskedFor() {
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("kz", GraphQL.document("story-added"), "country", "kz", "role", "PRIMARY");
            ws.subscribe("kz-mentioned", GraphQL.document("story-added"), "country", "KZ", "role", "MENTIONED");
            ws.subscribe("all", GraphQL.document("story-added"));
            awaitSubscribed("storyAdded", 3);

            String kg = ingest(TestPages.story(KG, 52_201)).getString("data.ingest.articles[0].id");
            String kz = ingest(TestPages.story(KZ, 52_202)).getString("data.ingest.articles[0].id");
            String last = ingest(TestPages.story(KG, 52_203)).getString("data.ingest.articles[0].id");

            assertThat(ws.nextData("all").getJsonObject("storyAdded").getString("id")).isEqualTo(kg);
            assertThat(ws.nextData("all").getJsonObject("storyAdded").getString("id")).isEqualTo(kz);
            assertThat(ws.nextData("all").getJsonObject("storyAdded").getString("id")).isEqualTo(last);
            JsonObject onlyKz = ws.nextData("kz").getJsonObject("storyAdded");
            assertThat(onlyKz.getString("id")).isEqualTo(kz);
            assertThat(onlyKz.getJsonObject("primaryCountry").getString("code")).isEqualTo("KZ");
            // The events of one page reach every subscription before those of the next: the KZ subscriptions have
            // been offered all three pages by now, and took only the one about KZ.
            assertThat(ws.hasMessage("kz")).isFalse();
            assertThat(ws.hasMessage("kz-mentioned")).isFalse();
        }
    }

    @Test
    void quotesUpdatedCarriesEachNewTickerFilteredByBase() {
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("q", GraphQL.document("quotes-updated"), "base", "kzt");
            awaitSubscribed("quotesUpdated", 1);
            JsonPath stored = ingest(TestPages.storyWithTicker(KG, 52_301));

            JsonObject data = ws.nextData("q");
            assertThat(data.getJsonArray("quotesUpdated")).hasSize(1);
            JsonObject quote = data.getJsonArray("quotesUpdated").getJsonObject(0);
            assertThat(quote.getString("base")).isEqualTo("KZT");
            assertThat(quote.getJsonObject("country").getString("code")).isEqualTo("KZ");
            assertThat(stored.getList("data.ingest.quotes.base")).contains("KZT");
        }
    }

    @Test
    void badArgumentsAreRefusedWithACode() {
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("bad", GraphQL.document("story-added"), "country", "Kyrgyzstan");
            JsonObject error = ws.next("bad");
            assertThat(error.getString("type")).isEqualTo("error");
            assertThat(error.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void oneConnectionHoldsAtMostItsShareOfSubscriptions() {
        int limit = 20; // newsgraph.live.max-subscriptions-per-connection
        double refused = counter("newsgraph_graphql_subscriptions_refused_total{reason=\"per-connection\"}");
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(); GraphQLWebSocket other = GraphQLWebSocket.connect()) {
            for (int i = 0; i < limit; i++) {
                ws.subscribe("s" + i, GraphQL.document("story-added"));
            }
            ws.subscribe("one-too-many", GraphQL.document("story-added"));
            JsonObject error = ws.next("one-too-many");
            assertThat(error.getString("type")).isEqualTo("error");
            assertThat(error.getJsonArray("payload").getJsonObject(0).getString("message")).contains("20 subscriptions");
            assertThat(counter("newsgraph_graphql_subscriptions_refused_total{reason=\"per-connection\"}")).isEqualTo(refused + 1);

            other.subscribe("elsewhere", GraphQL.document("story-added"));
            ws.complete("s0");
            awaitSubscribed("storyAdded", limit);
            ws.subscribe("again", GraphQL.document("story-added"));
            awaitSubscribed("storyAdded", limit + 1);

            String id = ingest(TestPages.story(KZ, 52_401)).getString("data.ingest.articles[0].id");
            assertThat(other.nextData("elsewhere").getJsonObject("storyAdded").getString("id")).isEqualTo(id);
            assertThat(ws.nextData("again").getJsonObject("storyAdded").getString("id")).isEqualTo(id);
        }
        awaitSubscribed("storyAdded", 0);
    }

    @Test
    void connectionsOverTheLimitAreRefusedBeforeTheUpgrade() {
        int limit = 6; // newsgraph.live.max-connections in the tests (TestSettingsResource)
        List<GraphQLWebSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < limit; i++) {
                open.add(GraphQLWebSocket.connect());
            }
            assertThat(counter("newsgraph_graphql_ws_connections")).isEqualTo(limit);
            assertThatThrownBy(GraphQLWebSocket::connect).hasMessageContaining("503");
        } finally {
            open.forEach(GraphQLWebSocket::close);
        }
    }

    /** Waits until this many subscriptions of the field are active (the subscribe message is handled asynchronously). */
    static void awaitSubscribed(String field, int count) {
        String meter = "newsgraph_graphql_subscriptions{field=\"" + field + "\"}";
        for (int i = 0; i < 200 && counter(meter) != count; i++) {
            pause();
        }
        assertThat(counter(meter)).as(meter).isEqualTo(count);
    }

    static double counter(String series) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
