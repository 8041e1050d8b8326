package dev.newsgraph.graphql;

import dev.newsgraph.model.Keyset;
import dev.newsgraph.model.PageRequest;

/** Turns Relay paging arguments into a {@link PageRequest}, rejecting what is out of bounds. */
final class Paging {

    static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    static PageRequest of(Integer first, String after, Integer last, String before, int defaultSize, boolean ascending) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either 'first' or 'last', not both.");
        }
        check(first, "first");
        check(last, "last");
        Keyset afterKey = Cursor.decode(after, "after");
        Keyset beforeKey = Cursor.decode(before, "before");
        boolean backwards = last != null || (first == null && beforeKey != null && afterKey == null);
        int size = first != null ? first : last != null ? last : defaultSize;
        return new PageRequest(size, afterKey, beforeKey, backwards, ascending);
    }

    private static void check(Integer n, String name) {
        if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) {
            throw new BadUserInputException("'" + name + "' must be between 0 and " + MAX_PAGE_SIZE + "; it was " + n + ".");
        }
    }
}
