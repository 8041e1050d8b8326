package dev.newsgraph.ingest;

import dev.newsgraph.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Russian page through the real service: its language is stored and served, and search finds it by other forms of
 * its words (PostgreSQL's 'russian' configuration stems them), while an English article is still found in English.
 */
@QuarkusTest
class RussianPageTest {

    private static final String PAGE = """
            Экспорт мёда из Кыргызстана вырос втрое

            Кыргызские пасечники за год продали в Китай 2 400 тонн мёда на сумму 9,6 млн долларов, сообщает Минсельхоз.

            «Спрос на горный мёд растёт каждый год», — заявил глава ассоциации пчеловодов Руслан Осмонов.
            """;

    @Test
    void aRussianArticleIsStoredAsRussianAndFoundByAnotherFormOfItsWords() {
        JsonPath ingested = GraphQL.post("ingest", "input", Map.of("text", PAGE, "publishedOn", "2025-11-20"))
                .statusCode(200).extract().jsonPath();
        assertThat(ingested.getList("errors")).isNull();
        assertThat(ingested.getString("data.ingest.articles[0].language")).isEqualTo("ru");
        assertThat(ingested.getString("data.ingest.articles[0].primaryCountry.code")).isEqualTo("KG");
        assertThat(ingested.getList("data.ingest.articles[0].metrics.unit", String.class)).contains("t", "USD", "x");
        assertThat(ingested.getList("data.ingest.articles[0].quotations.speaker", String.class))
                .containsExactly("Руслан Осмонов");

        // "пасечникам" and "мёду" are not in the text: only a Russian stemmer matches them
        JsonPath found = GraphQL.post("search-articles", "search", "пасечникам мёду").statusCode(200).extract().jsonPath();
        assertThat(found.getList("errors")).isNull();
        assertThat(found.getList("data.articles.nodes.title", String.class))
                .contains("Экспорт мёда из Кыргызстана вырос втрое");
        assertThat(found.getList("data.articles.nodes.language", String.class)).containsOnly("ru");
    }
}
