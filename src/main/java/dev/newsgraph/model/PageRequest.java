package dev.newsgraph.model;

/**
 * A slice of a keyset-ordered list: up to {@code limit} rows after (or before) a position.
 *
 * @param limit     rows wanted; the repositories fetch one more to tell whether more follow
 * @param after     start after this position, or null
 * @param before    end before this position, or null
 * @param backwards take the rows nearest to {@code before} (Relay's {@code last}); they are still returned
 *                  in list order
 * @param order     the order of the list
 */
public record PageRequest(int limit, Keyset after, Keyset before, boolean backwards, Order order) {

    /**
     * List orders: by publication day (then id), by search relevance (then id), or by value in US dollars, largest
     * first (then id; figures without one last).
     */
    public enum Order {
        PUBLISHED_DESC, PUBLISHED_ASC, RELEVANCE, USD_DESC
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, null, false, Order.PUBLISHED_DESC);
    }

    public boolean ascending() {
        return order == Order.PUBLISHED_ASC;
    }
}
