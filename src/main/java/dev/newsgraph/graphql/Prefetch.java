package dev.newsgraph.graphql;

import graphql.execution.ResultPath;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@link Prefetcher} loaded for one execution, by the place in the answer it belongs to; kept in the
 * execution's GraphQL context and read by {@link NestedField}.
 */
final class Prefetch {

    private static final LongAdder MISSED = new LongAdder();

    /** A value loaded ahead, or the failure of its batch (thrown at each place, as a failed batch would). */
    record Loaded(Object value, RuntimeException failure) {
        /** The value, or the batch's failure thrown. */
        Object get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private final Map<ResultPath, Loaded> values = new HashMap<>();

    void put(ResultPath path, Loaded loaded) {
        values.put(path, loaded);
    }

    Loaded get(ResultPath path) {
        return values.get(path);
    }

    /** Counts a nested field that had to be loaded for its parent alone. */
    static void missed() {
        MISSED.increment();
    }

    /** Nested fields loaded for their parent alone since start-up. */
    static long missedCount() {
        return MISSED.sum();
    }
}
