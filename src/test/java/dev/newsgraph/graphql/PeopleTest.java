package dev.newsgraph.graphql;

import dev.newsgraph.model.migration.V8__link_quotations_to_people;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Ids;
import dev.newsgraph.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers as people: within an article a surname and a pronoun are the person the article names in full; across
 * articles the same full name in another romanisation is the same person; a well-known surname alone is the
 * well-known person; organisations are kept apart; people are found by name, title and country, with their
 * quotations newest first and the articles that quote them; re-extraction and the migration of older rows link
 * quotations to people by the same rules. Days in 2045, which no other test uses.
 */
@QuarkusTest
class PeopleTest {

    @Test
    void oneArticleAndTheNextMakeOnePerson() {
        String first = ingest("Kyrgyzstan Opens Torobaev Road Number 1",
                "Deputy Prime Minister Bakyt Torobaev opened the new road near Osh on Monday.\n\n"
                        + "“We will finish the second section by the end of May,” Torobaev said.\n\n"
                        + "“The money for it is already in the budget,” he added.", "2045-01-10");
        List<Map<String, Object>> said = quotations(first);
        assertThat(said).hasSize(2);
        Map<String, Object> person = person(said.get(0));
        assertThat(person.get("name")).isEqualTo("Bakyt Torobaev");
        assertThat(person(said.get(1)).get("id")).as("'he' is Bakyt Torobaev too").isEqualTo(person.get("id"));
        assertThat(said.get(0).get("speaker")).isEqualTo("Bakyt Torobaev");
        assertThat(said.get(0).get("speakerTitle")).isEqualTo("Deputy Prime Minister");

        String second = ingest("Kyrgyzstan Signs Power Deal Number 2",
                "Kyrgyzstan signed a power supply deal with Kazakhstan on Friday.\n\n"
                        + "“This deal keeps the lights on all winter,” said Bakyt Torobayev, Kyrgyzstan’s Deputy Prime "
                        + "Minister.", "2045-02-03");
        Map<String, Object> again = person(quotations(second).get(0));
        assertThat(again.get("id")).as("Torobayev is Torobaev").isEqualTo(person.get("id"));

        JsonPath p = GraphQL.postUncached("person", "id", person.get("id")).statusCode(200).extract().jsonPath();
        assertThat(p.getList("errors")).isNull();
        assertThat(p.getString("data.person.name")).isEqualTo("Bakyt Torobaev");
        assertThat(p.getString("data.person.kind")).isEqualTo("PERSON");
        assertThat(p.getList("data.person.titles")).containsExactly("Deputy Prime Minister");
        assertThat(p.getString("data.person.country.code")).isEqualTo("KG");
        assertThat(p.getInt("data.person.quotationCount")).isEqualTo(3);
        assertThat(p.getString("data.person.lastQuotedOn")).isEqualTo("2045-02-03");
        assertThat(p.getInt("data.person.quotations.totalCount")).isEqualTo(3);
        assertThat(p.getList("data.person.quotations.edges.node.article.publishedOn"))
                .as("newest first").containsExactly("2045-02-03", "2045-01-10", "2045-01-10");
        assertThat(p.getInt("data.person.articles.totalCount")).isEqualTo(2);
        assertThat(p.getList("data.person.articles.nodes.title"))
                .containsExactly("Kyrgyzstan Signs Power Deal Number 2", "Kyrgyzstan Opens Torobaev Road Number 1");

        // found by a name in another romanisation, by title, by country; and from the country
        assertThat(names(Map.of("search", "Torobayev"))).contains("Bakyt Torobaev");
        assertThat(names(Map.of("search", "deputy prime minister", "country", "KG"))).contains("Bakyt Torobaev");
        assertThat(names(Map.of("country", "KG"))).contains("Bakyt Torobaev");
        assertThat(names(Map.of("country", "UZ"))).doesNotContain("Bakyt Torobaev");
        List<String> kyrgyz = GraphQL.postUncached("batch-people", "code", "KG").statusCode(200).extract().jsonPath()
                .getList("data.country.people.nodes.name");
        assertThat(kyrgyz).contains("Bakyt Torobaev");
    }

    @Test
    void aWellKnownSurnameIsTheWellKnownPersonAndOrganisationsAreKeptApart() {
        String a = ingest("Kazakhstan Hosts Trade Forum Number 3",
                "Kazakhstan hosted a trade forum in Astana on Tuesday.\n\n“Trade with our neighbours will double in five years,” "
                        + "President Tokayev said.\n\n“The rate will stay where it is for now,” the National Bank of "
                        + "Kazakhstan said in a statement.", "2045-03-01");
        String b = ingest("Kazakhstan Ends Trade Forum Number 4",
                "Kassym-Jomart Tokaev closed the forum on Wednesday.\n\n“Kazakhstan will stay open to every investor,” "
                        + "Tokaev said.", "2045-03-02");
        Map<String, Object> tokayev = person(quotations(a).get(0));
        assertThat(tokayev.get("name")).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(tokayev.get("kind")).isEqualTo("PERSON");
        assertThat(person(quotations(b).get(0)).get("id")).as("Tokaev is Tokayev").isEqualTo(tokayev.get("id"));
        assertThat(((Map<?, ?>) tokayev.get("country")).get("code")).isEqualTo("KZ");

        Map<String, Object> bank = person(quotations(a).get(1));
        assertThat(bank.get("kind")).isEqualTo("ORGANISATION");
        assertThat(bank.get("name")).isEqualTo("National Bank of Kazakhstan");
        assertThat(names(Map.of("search", "National Bank"))).as("people leave organisations out").doesNotContain("National Bank of Kazakhstan");
        assertThat(names(Map.of("search", "National Bank", "kind", "ORGANISATION"))).contains("National Bank of Kazakhstan");
    }

    @Test
    void anUnnamedSourceIsNoOne() {
        String id = ingest("Tajikistan Reopens Border Post Number 5",
                "Tajikistan reopened a border post with Uzbekistan on Monday.\n\n“Nobody was hurt when the road was closed,” "
                        + "a source said.", "2045-04-01");
        List<Map<String, Object>> said = quotations(id);
        assertThat(said).hasSize(1);
        assertThat(said.get(0).get("person")).isNull();
    }

    @Test
    void reprocessingAndTheMigrationLinkQuotationsToPeopleAgain() {
        String id = ingest("Uzbekistan Builds Solar Plant Number 6",
                "Uzbekistan started building a solar plant near Bukhara on Friday.\n\n“The plant will power a city of "
                        + "this size,” said Energy Minister Jurabek Mirzamahmudov.", "2045-05-05");
        Object personId = person(quotations(id).get(0)).get("id");
        long pageId = Rows.with(c -> {
            try (var s = c.prepareStatement("select page_id from article where id = ?")) {
                s.setLong(1, Ids.key(id));
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });

        // rows as stored before people existed
        Rows.execute("update quotation set person_id = null, speaker_title = null, speaker_titles = null where article_id = ?",
                Ids.key(id));
        Rows.execute("insert into person (id, kind, name, name_key) values (nextval('person_seq'), 'PERSON', 'Nobody', 'p:nobody')");
        assertThat(person(quotations(id).get(0))).isNull();
        int linked = Rows.with(V8__link_quotations_to_people::link);
        assertThat(linked).isGreaterThanOrEqualTo(1);
        Map<String, Object> migrated = person(quotations(id).get(0));
        assertThat(migrated.get("id")).isEqualTo(personId);
        assertThat(migrated.get("titles")).isEqualTo(List.of("Energy Minister"));

        Rows.execute("update quotation set person_id = null, speaker_title = null, speaker_titles = null where article_id = ?",
                Ids.key(id));
        GraphQL.post("reprocess", "ids", List.of(Long.toString(pageId))).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
        assertThat(person(quotations(id).get(0)).get("id")).isEqualTo(personId);
        long nobody = Rows.with(c -> {
            try (var s = c.prepareStatement("select count(*) from person where name_key = 'p:nobody'"); var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        assertThat(nobody).as("a person no quotation names is removed").isZero();
    }

    @Test
    void concurrentIngestsQuotingOnePersonMakeOnePersonWithEveryQuotation() throws Exception {
        int pages = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(pages);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < pages; i++) {
                int n = i;
                // each page also quotes a person of its own, and the order of the two differs between pages
                String shared = "“Our grain reserves will last until the next harvest,” said Agriculture Minister Askar Zhunusbekov.";
                String own = "“The new market opens in the spring,” said Mayor Nurlan Own" + (char) ('a' + n) + "ov.";
                String body = "Kazakhstan reported its grain reserves on Monday.\n\n" + (n % 2 == 0 ? shared + "\n\n" + own
                        : own + "\n\n" + shared);
                ids.add(pool.submit(() -> ingest("Kazakhstan Reports Grain Reserves Number " + (700 + n), body,
                        "2045-06-0" + (1 + n % 9))));
            }
            for (java.util.concurrent.Future<String> id : ids) {
                assertThat(id.get()).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
        JsonPath found = GraphQL.postUncached("people", "search", "Zhunusbekov").statusCode(200).extract().jsonPath();
        assertThat(found.getList("data.people.nodes.name")).containsExactly("Askar Zhunusbekov");
        assertThat(found.getInt("data.people.nodes[0].quotationCount")).isEqualTo(pages);
    }

    @Test
    void theJavaMigrationIsAppliedAtStartUp() {
        String applied = Rows.with(c -> {
            try (var s = c.prepareStatement("select type || ' ' || description || ' ' || success from flyway_schema_history"
                    + " where version = '8'"); var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
        assertThat(applied).isEqualTo("JDBC link quotations to people true");
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String id : List.of("123456789", "abc")) {
            List<String> codes = GraphQL.postUncached("person", "id", id).statusCode(200).extract().jsonPath()
                    .getList("errors.extensions.code");
            assertThat(codes).containsExactly("NOT_FOUND");
        }
    }

    private static String ingest(String title, String body, String day) {
        return GraphQL.post("ingest", "input", Map.of("text", title + "\n\n" + body + "\n", "publishedOn", day)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath().getString("data.ingest.articles[0].id");
    }

    private static List<Map<String, Object>> quotations(String articleId) {
        JsonPath got = GraphQL.postUncached("article-speakers", "id", articleId).statusCode(200).extract().jsonPath();
        assertThat(got.getList("errors")).isNull();
        return got.getList("data.article.quotations");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> quotation) {
        return (Map<String, Object>) quotation.get("person");
    }

    private static List<String> names(Map<String, Object> variables) {
        Object[] vars = variables.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        JsonPath got = GraphQL.postUncached("people", vars).statusCode(200).extract().jsonPath();
        assertThat(got.getList("errors")).isNull();
        return got.getList("data.people.nodes.name");
    }
}
