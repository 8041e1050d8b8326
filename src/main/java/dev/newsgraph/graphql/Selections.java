package dev.newsgraph.graphql;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Which fields a query selects on the objects a batched field is loading, for the batch methods that can
 * leave heavy columns out (a figure's sentence is most of its row: 1,800 sentences per Q1 that nobody asked
 * for). Set by {@link Subtrees} around the call; unknown — so everything is loaded — on any other path.
 */
final class Selections {

    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private Selections() {
    }

    static <T> T with(Set<String> fields, Supplier<T> call) {
        Set<String> outer = CURRENT.get();
        CURRENT.set(fields);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Whether the objects being loaded may need {@code field}: true unless it is known not to be selected. */
    static boolean wants(String field) {
        Set<String> fields = CURRENT.get();
        return fields == null || fields.contains(field);
    }
}
