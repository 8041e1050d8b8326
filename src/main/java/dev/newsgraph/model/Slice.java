package dev.newsgraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * The rows of a batched page query (a LATERAL page per parent, in scan order) as one slice per parent: each row's
     * parent is {@code key} of it, its value {@code value} of it.
     */
    public static <R, K, T> Map<K, Slice<T>> byKey(List<R> scanned, Function<R, K> key, Function<R, T> value,
                                                  PageRequest page) {
        Map<K, List<T>> byParent = new HashMap<>();
        for (R r : scanned) {
            byParent.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(value.apply(r));
        }
        Map<K, Slice<T>> slices = new HashMap<>(byParent.size() * 2);
        byParent.forEach((parent, rows) -> slices.put(parent, of(rows, page)));
        return slices;
    }

    /** As above, for rows that name their parent themselves. */
    public static <K, T> Map<K, Slice<T>> byKey(List<T> scanned, Function<T, K> key, PageRequest page) {
        return byKey(scanned, key, Function.identity(), page);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), false);
    }
}
