package dev.newsgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
    /** The qualified names of every field the selections hold, worked out on first use. */
    private Set<String> names;

    private Lookahead(List<DataFetchingFieldSelectionSet> selections) {
        this.selections = selections;
    }

    static Lookahead of(DataFetchingEnvironment environment) {
        return environment == null ? ALL : new Lookahead(List.of(environment.getSelectionSet()));
    }

    /** The union of these selection sets (each distinct one read once). */
    static Lookahead union(List<DataFetchingFieldSelectionSet> selections) {
        List<DataFetchingFieldSelectionSet> distinct = new ArrayList<>();
        Map<DataFetchingFieldSelectionSet, Boolean> seen = new IdentityHashMap<>();
        for (DataFetchingFieldSelectionSet s : selections) {
            if (seen.put(s, Boolean.TRUE) == null) {
                distinct.add(s);
            }
        }
        return new Lookahead(distinct);
    }

    /**
     * Whether any occurrence selects the field at this path below it: {@code sentence}, {@code nodes/sourceUrl},
     * {@code edges/node/sentence} (graphql-java's qualified names; compared as they are, as the selection set's
     * glob matching compiles a pattern on every call).
     */
    boolean selects(String path) {
        if (selections == null) {
            return true;
        }
        if (names == null) {
            Set<String> all = new HashSet<>();
            for (DataFetchingFieldSelectionSet s : selections) {
                for (SelectedField f : s.getFields()) {
                    all.add(f.getQualifiedName());
                }
            }
            names = all;
        }
        return names.contains(path);
    }

    /** Whether a connection's nodes (through {@code nodes} or {@code edges.node}) select the field. */
    boolean nodesSelect(String field) {
        return selects("nodes/" + field) || selects("edges/node/" + field);
    }
}
