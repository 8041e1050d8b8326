package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * A position in a list ordered by (published_on, id): the row a page starts after. Keyset paging stays
 * correct while new rows arrive, where offsets would shift.
 */
public record Keyset(LocalDate publishedOn, long id) {
}
