package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Name("IngestInput")
@Description("A page to ingest: a digest page (ticker, date line, articles) or a single article, as plain text.")
public record IngestInput(
        @NonNull @Description("The page text.") String text,
        @Description("Where the page was scraped from.") String sourceUrl,
        @Description("The page's date, used when the text has no date line.") LocalDate publishedOn) {
}
