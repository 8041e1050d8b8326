package dev.newsgraph.ingest;

import java.time.LocalDate;

/**
 * A page to ingest.
 *
 * @param text        the page text
 * @param sourceUrl   where it was scraped from, or null
 * @param publishedOn its date when the page has no date line, or null
 */
public record IngestRequest(String text, String sourceUrl, LocalDate publishedOn) {
}
