package dev.newsgraph.graphql;

import dev.newsgraph.model.Keyset;
import dev.newsgraph.model.PageRequest;

/** Turns Relay paging arguments into a {@link PageRequest}, rejecting what is out of bounds. */
final class Paging {

    static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    static PageRequest of(Integer first, String after, Integer last, String before, int defaultSize,
                          PageRequest.Order order) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either 'first' or 'last', not both.");
        }
        check(first, "first");
        check(last, "last");
        Keyset afterKey = Cursor.decode(after, "after");
        Keyset beforeKey = Cursor.decode(before, "before");
        boolean byRank = order == PageRequest.Order.RELEVANCE;
        boolean byUsd = order == PageRequest.Order.USD_DESC;
        if ((afterKey != null && ((afterKey.rank() != null) != byRank || afterKey.byUsd() != byUsd))
                || (beforeKey != null && ((beforeKey.rank() != null) != byRank || beforeKey.byUsd() != byUsd))) {
            throw new BadUserInputException("The cursor belongs to a list in another order.");
        }
        boolean backwards = last != null || (first == null && beforeKey != null && afterKey == null);
        int size = first != null ? first : last != null ? last : defaultSize;
        return new PageRequest(size, afterKey, beforeKey, backwards, order);
    }

    /** Paging by date, newest first. */
    static PageRequest byDate(Integer first, String after, Integer last, String before, int defaultSize) {
        return of(first, after, last, before, defaultSize, PageRequest.Order.PUBLISHED_DESC);
    }

    static void check(Integer n, String name) {
        if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) {
            throw new BadUserInputException("'" + name + "' must be between 0 and " + MAX_PAGE_SIZE + "; it was " + n + ".");
        }
    }
}
