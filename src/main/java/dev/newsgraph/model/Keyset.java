package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * A position in a keyset-ordered list: the row a page starts after. Lists by date are ordered by
 * (published_on, id); search results by relevance are ordered by (rank, id), and then {@code rank} is set;
 * figures by their value in US dollars by (usd, id), and then {@code byUsd} is set ({@code usd} null for a figure
 * with no USD value: those come last). Keyset paging stays correct while new rows arrive, where offsets would
 * shift.
 */
public record Keyset(LocalDate publishedOn, long id, Float rank, Double usd, boolean byUsd) {

    public Keyset(LocalDate publishedOn, long id) {
        this(publishedOn, id, null, null, false);
    }

    public Keyset(LocalDate publishedOn, long id, Float rank) {
        this(publishedOn, id, rank, null, false);
    }

    public static Keyset ofRank(float rank, long id) {
        return new Keyset(null, id, rank);
    }

    public static Keyset ofUsd(Double usd, long id) {
        return new Keyset(null, id, null, usd, true);
    }
}
