package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * At start-up the service ingests the bundled sample page and every *.txt page of a configured folder; a
 * page that is not a page is skipped, and other files are ignored.
 */
@QuarkusTest
@TestProfile(StartupImportTest.WithImportFolder.class)
class StartupImportTest {

    public static class WithImportFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.import.dir", "src/test/resources/import", "newsgraph.import.sample", "true");
        }
    }

    @Test
    void theFolderAndTheSamplePageAreLoaded() {
        GraphQL.postUncached("country-stories", "code", "TJ", "first", 20).statusCode(200)
                .body("errors", nullValue())
                .body("data.country.stories.nodes.title", hasItem("Tajikistan Expands Cotton Processing in Sughd Region"));
        GraphQL.postUncached("country-stories", "code", "KG", "first", 20).statusCode(200)
                .body("data.country.stories.totalCount", greaterThan(0))
                .body("data.country.latestQuote.base", equalTo("KGS"));
    }
}
