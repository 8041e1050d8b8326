package dev.newsgraph.graphql;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * {@code publishedOn} is a {@code Date} in the schema, as it always was, but reaches the API as the string sent: the
 * service reads it ({@link dev.newsgraph.ingest.PublishedOn}), so that a date-time is accepted and anything else gets
 * one short message instead of SmallRye's, which repeated the whole input and named a Java class.
 */
@Name("IngestInput")
@Description("A page to ingest: a digest page (ticker, date line, articles) or a single article, as plain text.")
public record IngestInput(
        @NonNull @Description("The page text.") String text,
        @Description("Where the page was scraped from.") String sourceUrl,
        @AdaptToScalar(Scalar.Date.class)
        @Description("The page's date, used when the text has no date line: a date (2024-03-05) or an ISO-8601 "
                + "date-time (2024-03-05T10:22:00+05:00), whose date is kept.") String publishedOn) {
}
