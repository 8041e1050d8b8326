package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleText;

import java.time.LocalDate;
import java.util.List;

/**
 * A page taken apart: its distinct ticker quotes in page order, the date of its date line ({@code null}
 * when it has none) and its articles in page order (at least one).
 */
public record SplitPage(List<TickerQuote> quotes, LocalDate dateLine, List<ArticleText> articles) {
    public SplitPage {
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
    }
}
