package dev.newsgraph.extract.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language of a text, and the rules that read it. */
class TextLanguageTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "Кыргызстан за девять месяцев экспортировал в Китай 12 500 тонн говядины.|ru",
            "Экспорт мяса вырос вдвое|ru",
            "Kazakhstan attracted $4.7 billion in foreign direct investment last year.|en",
            "Tokayev meets Putin in Moscow|en",
            "Нацбанк РК сохранил базовую ставку на уровне 16,5% годовых, сообщает Tengrinews.kz.|ru",
            "Україна та Казахстан підписали угоду про співпрацю в енергетиці.|uk",
            "12 500 — 48,3|en",
            "|en",
    })
    void detects(String text, String expected) {
        assertEquals(expected, TextLanguage.detect(text));
    }
}
