package dev.newsgraph.graphql;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often a query's root field was completed by {@link Subtrees} and how often it was handed back to
 * graphql-java's engine (exposed at /q/metrics as {@code newsgraph_graphql_fast_completions_total}). A rising
 * share of hand-backs means the shortcut has stopped paying.
 */
public final class FastCompletionStats {

    static final LongAdder COMPLETED = new LongAdder();
    static final LongAdder HANDED_BACK = new LongAdder();

    private FastCompletionStats() {
    }

    /** Root fields answered by the shortcut. */
    public static long completed() {
        return COMPLETED.sum();
    }

    /** Root fields the shortcut gave up on, which the engine then answered. */
    public static long handedBack() {
        return HANDED_BACK.sum();
    }
}
