package dev.newsgraph.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored page as re-extraction needs it. */
public record StoredPage(long id, String text, LocalDate publishedOn, OffsetDateTime ingestedAt) {
}
