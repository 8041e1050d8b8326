package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.GraphQLWebSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow subscriber over the real socket: with room for one waiting event, a digest page of five articles offers
 * its five events at once, far faster than each can be answered (every answer reads its figures from the
 * database), so the subscription overflows. It gets a last message carrying SLOW_SUBSCRIBER, then complete; the
 * connection stays usable.
 */
@QuarkusTest
@TestProfile(SlowSubscriberTest.OneEventOfRoom.class)
class SlowSubscriberTest {

    public static class OneEventOfRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.live.buffer", "1");
        }
    }

    @Test
    void aSubscriberThatFallsBehindGetsSlowSubscriberThenComplete() {
        double dropped = SubscriptionTest.counter("newsgraph_graphql_subscriptions_dropped_total{field=\"storyAdded\"}");
        String digest = GraphQL.resource("pages/digest-energy-trade.txt") + "\nReporting for the slow-subscriber test.\n";
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect()) {
            ws.subscribe("slow", GraphQL.document("story-added"));
            SubscriptionTest.awaitSubscribed("storyAdded", 1);
            assertThat(SubscriptionTest.ingest(digest).getList("data.ingest.articles")).hasSize(5);

            List<JsonObject> messages = new ArrayList<>();
            JsonObject m;
            do {
                m = ws.next("slow");
                messages.add(m);
            } while (!"complete".equals(m.getString("type")));

            JsonObject last = messages.get(messages.size() - 2);
            assertThat(last.getString("type")).isEqualTo("next");
            JsonObject error = last.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
            assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("SLOW_SUBSCRIBER");
            assertThat(error.getString("message")).contains("more than 1 events waited");
            assertThat(last.getJsonObject("payload").getJsonObject("data").getValue("storyAdded")).isNull();
            assertThat(messages.size() - 2).as("stories answered before the subscription was ended").isLessThan(5);

            SubscriptionTest.awaitSubscribed("storyAdded", 0);
            assertThat(SubscriptionTest.counter("newsgraph_graphql_subscriptions_dropped_total{field=\"storyAdded\"}"))
                    .isEqualTo(dropped + 1);

            // The connection goes on: a new subscription on it hears the next page.
            ws.subscribe("again", GraphQL.document("story-added"));
            SubscriptionTest.awaitSubscribed("storyAdded", 1);
            String id = SubscriptionTest.ingest(dev.newsgraph.support.TestPages.story(dev.newsgraph.support.TestPages.PLACES.get(0), 54_001))
                    .getString("data.ingest.articles[0].id");
            assertThat(ws.nextData("again").getJsonObject("storyAdded").getString("id")).isEqualTo(id);
        }
    }
}
