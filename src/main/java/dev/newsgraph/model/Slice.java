package dev.newsgraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a keyset-ordered list, in list order, and whether more rows lie beyond it in the direction
 * of reading (after it for a forward page, before it for a backward one).
 */
public record Slice<T>(List<T> rows, boolean more) {

    /**
     * Turns the rows a query returned (up to {@code limit + 1}, in scan order) into a slice: the extra row
     * only tells that more follow, and a backward scan is flipped back into list order.
     */
    public static <T> Slice<T> of(List<T> scanned, PageRequest page) {
        boolean more = scanned.size() > page.limit();
        List<T> rows = more ? new ArrayList<>(scanned.subList(0, page.limit())) : scanned;
        if (page.backwards()) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return new Slice<>(rows, more);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), false);
    }
}
