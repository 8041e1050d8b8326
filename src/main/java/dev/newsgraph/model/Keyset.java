package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * A position in a keyset-ordered list: the row a page starts after. Lists by date are ordered by
 * (published_on, id); search results by relevance are ordered by (rank, id), and then {@code rank} is set.
 * Keyset paging stays correct while new rows arrive, where offsets would shift.
 */
public record Keyset(LocalDate publishedOn, long id, Float rank) {

    public Keyset(LocalDate publishedOn, long id) {
        this(publishedOn, id, null);
    }

    public static Keyset ofRank(float rank, long id) {
        return new Keyset(null, id, rank);
    }
}
