package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Ids;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** reprocessPages re-runs the rules over stored pages, keeps article ids, and reports what changed. */
@QuarkusTest
class ReprocessTest {

    @Test
    void restoresWhatOlderRulesMissedAndKeepsArticleIds() {
        JsonPath ingested = GraphQL.post("ingest", "input", Map.of("text", TestPages.story(TestPages.PLACES.get(1), 6001)))
                .statusCode(200).extract().jsonPath();
        String pageId = ingested.getString("data.ingest.pageId");
        String articleId = ingested.getString("data.ingest.articles[0].id");
        int figures = ingested.getList("data.ingest.articles[0].metrics").size();
        assertThat(figures).isGreaterThan(2);

        // Pretend the page was stored by older rules that found no quotation and only one figure.
        Rows.execute("delete from quotation where article_id = ?", Ids.key(articleId));
        Rows.execute("delete from metric where article_id = ? and position > 0", Ids.key(articleId));

        JsonPath first = GraphQL.post("reprocess", "ids", List.of(pageId)).statusCode(200).extract().jsonPath();
        assertThat(first.getList("errors")).isNull();
        assertThat(first.getInt("data.reprocessPages.pages")).isEqualTo(1);
        assertThat(first.getInt("data.reprocessPages.changedPages")).isEqualTo(1);
        assertThat(first.getInt("data.reprocessPages.metricsBefore")).isEqualTo(1);
        assertThat(first.getInt("data.reprocessPages.metricsAfter")).isEqualTo(figures);
        assertThat(first.getInt("data.reprocessPages.quotationsBefore")).isZero();
        assertThat(first.getInt("data.reprocessPages.quotationsAfter")).isEqualTo(1);
        assertThat(first.getInt("data.reprocessPages.articlesAdded")).isZero();

        JsonPath article = GraphQL.post("article", "id", articleId).statusCode(200).extract().jsonPath();
        assertThat(article.getList("data.article.metrics")).hasSize(figures);
        assertThat(article.getList("data.article.quotations")).hasSize(1);
        assertThat(article.getString("data.article.primaryCountry.code")).isEqualTo("KZ");

        // The rules have not changed since: a second run changes nothing.
        JsonPath second = GraphQL.post("reprocess", "ids", List.of(pageId)).statusCode(200).extract().jsonPath();
        assertThat(second.getInt("data.reprocessPages.changedPages")).isZero();
    }

    @Test
    void unknownPagesAreReportedAndBadIdsRefused() {
        JsonPath unknown = GraphQL.post("reprocess", "ids", List.of("999999999")).statusCode(200).extract().jsonPath();
        assertThat(unknown.getList("data.reprocessPages.failedPages", String.class)).containsExactly("999999999");

        JsonPath bad = GraphQL.post("reprocess", "ids", List.of("not-a-number")).statusCode(200).extract().jsonPath();
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void needsAKey() {
        JsonPath result = GraphQL.postWithKey(null, "reprocess", "ids", List.of("1")).statusCode(200).extract().jsonPath();
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("UNAUTHORIZED");
    }
}
