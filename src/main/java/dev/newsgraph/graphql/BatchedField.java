package dev.newsgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The data fetcher of a nested field that is loaded for all its parents at once: each parent is queued on a
 * java-dataloader {@link DataLoader} of the request, and graphql-java dispatches the queue once per level, so a
 * query's SQL statements do not grow with the rows it returns (no N+1).
 * <p>
 * Each set of arguments gets a loader of its own ({@code one: stories(first: 1) three: stories(first: 3)} are two
 * batches), and a batch loads what any of its parents' occurrences selects ({@link Lookahead}). Loaded values are
 * not cached across occurrences: two occurrences may select different columns.
 */
final class BatchedField<S, R> implements DataFetcher<CompletableFuture<R>> {

    /** Loads the field for every source, one result per source and in the same order. */
    @FunctionalInterface
    interface Load<S, R> {
        List<R> load(List<S> sources, FieldArguments arguments, Lookahead lookahead);
    }

    private static final DataLoaderOptions OPTIONS = DataLoaderOptions.newOptions().setCachingEnabled(false).build();

    private final String name;
    private final BatchLoaderWithContext<S, R> batch;

    BatchedField(String name, Load<S, R> load) {
        this.name = name;
        this.batch = (sources, environment) -> {
            List<Object> contexts = environment.getKeyContextsList();
            DataFetchingEnvironment first = (DataFetchingEnvironment) contexts.get(0);
            try {
                return CompletableFuture.completedFuture(
                        load.load(sources, new FieldArguments(first.getArguments()), Lookahead.of(contexts)));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }

    /** Type and field, e.g. {@code Country.stories}. */
    String name() {
        return name;
    }

    @Override
    public CompletableFuture<R> get(DataFetchingEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        String key = arguments.isEmpty() ? name : name + arguments;
        DataLoader<S, R> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(key, k -> DataLoaderFactory.newDataLoader(batch, OPTIONS));
        return loader.load(environment.getSource(), environment);
    }
}
