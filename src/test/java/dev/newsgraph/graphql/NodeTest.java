package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.SqlStatements;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relay's Object Identification: every Article, Country, Metric, Quotation, Quote and Person has an opaque global id, and
 * node(id:) / nodes(ids:) fetch each one again by that id alone, in one statement per type.
 */
@QuarkusTest
class NodeTest {

    private static JsonPath ingest(int serial) {
        JsonPath r = GraphQL.post("ingest-ids", "input", Map.of("text", TestPages.storyWithTicker(TestPages.PLACES.get(0), serial)))
                .statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).as(r.prettify()).isNull();
        return r;
    }

    @Test
    void everyObjectIsFetchedAgainByItsGlobalId() {
        JsonPath ingested = ingest(41_001);
        String article = ingested.getString("data.ingest.articles[0].id");
        String metric = ingested.getString("data.ingest.articles[0].metrics[0].id");
        String quotation = ingested.getString("data.ingest.articles[0].quotations[0].id");
        String quote = ingested.getString("data.ingest.quotes[0].id");
        String country = ingested.getString("data.ingest.articles[0].primaryCountry.id");
        String person = ingested.getString("data.ingest.articles[0].quotations[0].person.id");
        List<String> ids = List.of(article, metric, quotation, quote, country, person);
        assertThat(new HashSet<>(ids)).as("ids are distinct across types").hasSize(6);
        assertThat(ids).allSatisfy(id -> assertThat(id).doesNotContain(":").doesNotMatch("\\d+"));

        long before = SqlStatements.sent();
        long unprefetched = SqlStatements.unprefetched();
        JsonPath nodes = GraphQL.postUncached("nodes", "ids", ids).statusCode(200).extract().jsonPath();
        long statements = SqlStatements.sent() - before;

        assertThat(nodes.getList("errors")).as(nodes.prettify()).isNull();
        assertThat(nodes.getList("data.nodes.__typename")).containsExactly("Article", "Metric", "Quotation", "Quote", "Country", "Person");
        assertThat(nodes.getList("data.nodes.id")).containsExactlyElementsOf(ids);
        assertThat(nodes.getString("data.nodes[0].title")).isEqualTo(ingested.getString("data.ingest.articles[0].title"));
        assertThat(nodes.getList("data.nodes[0].metrics.id")).isEqualTo(ingested.getList("data.ingest.articles[0].metrics.id"));
        assertThat(nodes.getString("data.nodes[1].surface")).isEqualTo(ingested.getString("data.ingest.articles[0].metrics[0].surface"));
        assertThat(nodes.getString("data.nodes[1].article.id")).isEqualTo(article);
        assertThat(nodes.getString("data.nodes[2].text")).isEqualTo(ingested.getString("data.ingest.articles[0].quotations[0].text"));
        assertThat(nodes.getString("data.nodes[3].base")).isEqualTo(ingested.getString("data.ingest.quotes[0].base"));
        assertThat(nodes.getString("data.nodes[4].code")).isEqualTo("KG");
        assertThat(nodes.getString("data.nodes[5].name")).isEqualTo(ingested.getString("data.ingest.articles[0].quotations[0].person.name"));
        // One statement per type asked for (the country is held in memory), one per nested field below them.
        assertThat(statements).as("SQL statements for six objects of six types and their nested fields").isLessThanOrEqualTo(9);
        assertThat(SqlStatements.unprefetched()).as("nested fields under nodes are prefetched").isEqualTo(unprefetched);

        JsonPath one = GraphQL.post("node", "id", article).statusCode(200).extract().jsonPath();
        assertThat(one.getString("data.node.__typename")).isEqualTo("Article");
        assertThat(one.getString("data.node.primaryCountry.code")).isEqualTo("KG");
        assertThat(one.getString("data.node.primaryCountry.id")).isEqualTo(country);
        assertThat(GraphQL.post("article", "id", article).extract().jsonPath().getString("data.article.id")).isEqualTo(article);
        assertThat(GraphQL.post("person", "id", person).extract().jsonPath().getString("data.person.id")).isEqualTo(person);
    }

    @Test
    void idsThatNameNothingGiveNull() {
        JsonPath ingested = ingest(41_002);
        String article = ingested.getString("data.ingest.articles[0].id");
        List<String> ids = new ArrayList<>(List.of("bm90IGFuIGlk", "QXJ0aWNsZTo5OTk5OTk5OTk", "12", "", article));
        JsonPath nodes = GraphQL.post("nodes", "ids", ids).statusCode(200).extract().jsonPath();
        assertThat(nodes.getList("errors")).isNull();
        assertThat(nodes.getList("data.nodes")).hasSize(5);
        assertThat(nodes.getList("data.nodes").subList(0, 4)).containsOnlyNulls();
        assertThat(nodes.getString("data.nodes[4].id")).isEqualTo(article);
        assertThat(GraphQL.post("node", "id", "QXJ0aWNsZTo5OTk5OTk5OTk").extract().jsonPath().getString("data.node")).isNull();
    }

    @Test
    void articleStillTakesTheNumberIdsWere() {
        JsonPath ingested = ingest(41_003);
        String article = ingested.getString("data.ingest.articles[0].id");
        String number = Long.toString(dev.newsgraph.support.Ids.key(article));
        JsonPath r = GraphQL.post("article", "id", number).statusCode(200).extract().jsonPath();
        assertThat(r.getString("data.article.id")).isEqualTo(article);
        assertThat(GraphQL.post("article", "id", GlobalId.of(GlobalId.METRIC, number)).extract().jsonPath()
                .getString("errors[0].extensions.code")).as("a figure's id is no article's").isEqualTo("NOT_FOUND");
    }

    @Test
    void moreThanAHundredIdsAreRefused() {
        JsonPath r = GraphQL.post("nodes", "ids", Collections.nCopies(101, "QXJ0aWNsZTox")).statusCode(200).extract().jsonPath();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }
}
