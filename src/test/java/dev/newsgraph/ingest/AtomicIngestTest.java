package dev.newsgraph.ingest;

import dev.newsgraph.model.Page;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingest is one transaction: a failure half-way leaves no trace of the page. */
@QuarkusTest
class AtomicIngestTest {

    @Test
    void aFailureAfterTheArticlesLeavesNothingBehind() {
        QuarkusMock.installMockForType(new IngestFaults() {
            @Override
            public void afterArticles(Page page) {
                throw new IllegalStateException("injected failure after page " + page.id);
            }
        }, IngestFaults.class);
        String page = TestPages.story(TestPages.PLACES.get(0), 7001);
        Map<String, Long> before = Rows.counts();

        JsonPath failed = GraphQL.post("ingest", "input", Map.of("text", page)).statusCode(200).extract().jsonPath();

        assertThat(failed.getString("errors[0].extensions.code")).isEqualTo("INTERNAL");
        assertThat(failed.getString("errors[0].message")).doesNotContain("injected").doesNotContain("Exception");
        assertThat(Rows.counts()).isEqualTo(before);

        // Without the fault the same page goes in whole: nothing of the failed attempt blocks it.
        QuarkusMock.installMockForType(new IngestFaults(), IngestFaults.class);
        JsonPath ok = GraphQL.post("ingest", "input", Map.of("text", page)).statusCode(200).extract().jsonPath();
        assertThat(ok.getInt("data.ingest.created")).isEqualTo(1);
    }
}
