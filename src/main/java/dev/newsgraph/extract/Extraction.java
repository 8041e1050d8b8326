package dev.newsgraph.extract;

import java.util.List;

/**
 * Everything the recognizers found in one article.
 *
 * @param countries      every country mentioned, most mentioned first
 * @param primaryCountry the country the article is mainly about, or {@code null}
 * @param language       the ISO 639-1 code of the language the article is written in ({@code en}, {@code ru}…)
 */
public record Extraction(List<CountryMention> countries, String primaryCountry, List<MetricMention> metrics,
                         List<QuotationMention> quotations, String language) {
    public Extraction {
        countries = List.copyOf(countries);
        metrics = List.copyOf(metrics);
        quotations = List.copyOf(quotations);
    }
}
