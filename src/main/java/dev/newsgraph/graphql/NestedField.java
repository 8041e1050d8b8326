package dev.newsgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.util.List;

/**
 * A nested field loaded for many parents at once ({@code @Source List} in the API). Its values are loaded ahead,
 * a level of the query at a time, by {@link Prefetcher} when the root field is answered, so the query's SQL
 * statements do not grow with the rows it returns (no N+1); this fetcher hands the engine the value loaded for
 * its place in the answer. A place the prefetch did not reach (a subscription's event, for one) is loaded here for
 * its parent alone, and counted ({@code newsgraph_graphql_unprefetched_fields_total}).
 */
final class NestedField<S, R> implements DataFetcher<Object> {

    /** Loads the field for every source, one result per source and in the same order. */
    @FunctionalInterface
    interface Load<S, R> {
        List<R> load(List<S> sources, FieldArguments arguments, Lookahead lookahead);
    }

    private final String name;
    private final Load<S, R> load;

    NestedField(String name, Load<S, R> load) {
        this.name = name;
        this.load = load;
    }

    /** Type and field, e.g. {@code Country.stories}. */
    String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    List<R> load(List<?> sources, FieldArguments arguments, Lookahead lookahead) {
        return load.load((List<S>) sources, arguments, lookahead);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Prefetch prefetch = environment.getGraphQlContext().get(Prefetch.class);
        if (prefetch != null) {
            Prefetch.Loaded loaded = prefetch.get(environment.getExecutionStepInfo().getPath());
            if (loaded != null) {
                return loaded.get();
            }
        }
        Prefetch.missed();
        return load(List.of(environment.getSource()), new FieldArguments(environment.getArguments()),
                Lookahead.of(environment)).get(0);
    }
}
