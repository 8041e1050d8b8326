package dev.newsgraph.model;

/**
 * A slice of a keyset-ordered list: up to {@code limit} rows after (or before) a position.
 *
 * @param limit     rows wanted; the repositories fetch one more to tell whether more follow
 * @param after     start after this position, or null
 * @param before    end before this position, or null
 * @param backwards take the rows nearest to {@code before} (Relay's {@code last}); they are still returned
 *                  in list order
 * @param ascending list order: oldest first when true, newest first otherwise
 */
public record PageRequest(int limit, Keyset after, Keyset before, boolean backwards, boolean ascending) {

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, null, false, false);
    }
}
