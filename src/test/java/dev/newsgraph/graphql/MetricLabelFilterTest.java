package dev.newsgraph.graphql;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures found by what they measure: a full-text match on their labels, for lists and for statistics. */
@QuarkusTest
class MetricLabelFilterTest {

    /** A day no other test writes to, so that the filters below see this page's figures only. */
    private static final String DAY = "2041-05-05";

    /** The same page every time: stored once, the later ingests are no-ops. */
    @BeforeEach
    void ingestAPageWithKnownLabels() {
        String page = """
                Remittance Inflows to Tajikistan Keep Growing

                Remittance inflows reached $2.7 billion in the first quarter, the central bank said. Remittance \
                inflows rose to $1.9 billion in March.

                Gold output rose to 12.5 tons, and silver output fell to 8 tons.
                """;
        GraphQL.post("ingest", "input", Map.of("text", page, "publishedOn", DAY)).statusCode(200);
    }

    @Test
    void metricsMatchTheirLabelsWordsStemmed() {
        assertThat(surfaces("remittances")).containsExactlyInAnyOrder("$2.7 billion", "$1.9 billion");
        assertThat(surfaces("remittance inflow")).containsExactlyInAnyOrder("$2.7 billion", "$1.9 billion");
        assertThat(surfaces("gold")).containsExactly("12.5 tons");
        assertThat(surfaces("output")).containsExactlyInAnyOrder("12.5 tons", "8 tons");
        assertThat(surfaces("output -silver")).containsExactly("12.5 tons");
        assertThat(surfaces("gold or silver")).containsExactlyInAnyOrder("12.5 tons", "8 tons");
        assertThat(surfaces("copper")).isEmpty();
        assertThat(surfaces("  ")).as("a blank label filters nothing").hasSize(4);
    }

    @Test
    void metricStatsMatchTheirLabelsToo() {
        JsonPath stats = GraphQL.post("metric-stats-by-label", "label", "remittances", "from", DAY, "to", DAY)
                .statusCode(200).extract().jsonPath();
        assertThat(stats.getList("data.metricStats.key")).containsExactly("MONEY");
        assertThat(stats.getInt("data.metricStats[0].count")).isEqualTo(2);
        assertThat(stats.getDouble("data.metricStats[0].sum")).isEqualTo(4.6e9);
    }

    @Test
    void anOverlongLabelIsRefusedWithoutRepeatingIt() {
        String label = "gold ".repeat(100);
        JsonPath r = GraphQL.post("metrics-by-label", "label", label, "from", DAY, "to", DAY).statusCode(200).extract().jsonPath();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(r.getString("errors[0].message")).doesNotContain("gold");
    }

    private static List<String> surfaces(String label) {
        JsonPath r = GraphQL.post("metrics-by-label", "label", label, "from", DAY, "to", DAY).statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).as("errors for " + label).isNull();
        assertThat(r.getInt("data.metrics.totalCount")).isEqualTo(r.getList("data.metrics.nodes").size());
        return r.getList("data.metrics.nodes.surface", String.class);
    }
}
