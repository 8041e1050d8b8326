package dev.newsgraph.graphql;

import graphql.execution.MergedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a query selects below a field, read from graphql-java's public selection set, so that a loader can leave
 * out the columns nobody asked for (a figure's sentence is most of its row; a story's source URL needs a join).
 * A batch may serve several occurrences of one field (under aliases, or under different parents): it loads what
 * any of them selects.
 */
final class Lookahead {

    /** Everything may be selected: what a loader assumes when it is not told. */
    static final Lookahead ALL = new Lookahead(null);

    /** The selection sets of the occurrences; null for {@link #ALL}. */
    private final List<DataFetchingFieldSelectionSet> selections;

    private Lookahead(List<DataFetchingFieldSelectionSet> selections) {
        this.selections = selections;
    }

    static Lookahead of(DataFetchingEnvironment environment) {
        return environment == null ? ALL : new Lookahead(List.of(environment.getSelectionSet()));
    }

    /** The union of the selections of the environments' fields, each distinct occurrence read once. */
    static Lookahead of(List<?> environments) {
        Map<MergedField, DataFetchingFieldSelectionSet> byField = new IdentityHashMap<>();
        for (Object e : environments) {
            if (!(e instanceof DataFetchingEnvironment environment)) {
                return ALL;
            }
            byField.computeIfAbsent(environment.getMergedField(), f -> environment.getSelectionSet());
        }
        return new Lookahead(new ArrayList<>(byField.values()));
    }

    /**
     * Whether any occurrence selects a field matching the glob, in graphql-java's syntax: {@code sentence},
     * {@code nodes/sourceUrl}, {@code edges/node/sentence}.
     */
    boolean selects(String glob) {
        if (selections == null) {
            return true;
        }
        for (DataFetchingFieldSelectionSet s : selections) {
            if (s.contains(glob)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a connection's nodes (through {@code nodes} or {@code edges.node}) select the field. */
    boolean nodesSelect(String field) {
        return selects("nodes/" + field) || selects("edges/node/" + field);
    }
}
