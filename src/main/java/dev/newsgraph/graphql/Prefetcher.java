package dev.newsgraph.graphql;

import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Loads a root field's whole subtree as soon as the root value is known, from the query's public selection set
 * ({@link DataFetchingEnvironment#getSelectionSet()}): level by level, every nested field ({@link NestedField}) is
 * loaded for all its parents on that level in one call, one call per field and set of arguments, with the union of
 * what its occurrences select ({@link Lookahead}). The engine then completes the answer from values already there:
 * no data loaders to dispatch, no futures per field. The values are kept by their place in the answer
 * ({@link Prefetch}), so an object that stands in two places (a story in {@code edges} and in {@code nodes}) gets
 * what each place selects.
 * <p>
 * It wraps the root fields' fetchers; it reads objects only through the fetchers the schema's fields have
 * ({@link RecordProperty}, {@link DirectField}), so it sees the objects the engine will see.
 */
final class Prefetcher {

    /** How a field of an object type is fetched: what the walk can read or load. */
    sealed interface Step permits Read, Load {
    }

    /** A field read from its parent without I/O: a record property or a direct field. */
    record Read(java.util.function.Function<Object, Object> read) implements Step {
    }

    /** A nested field, loaded in batches. */
    record Load(NestedField<?, ?> field) implements Step {
    }

    /** Steps by GraphQL type name, then field name. */
    private final Map<String, Map<String, Step>> steps;
    /** GraphQL type names of the API's output classes. */
    private final Map<Class<?>, String> typeNames;

    Prefetcher(Map<String, Map<String, Step>> steps, Map<Class<?>, String> typeNames) {
        this.steps = steps;
        this.typeNames = typeNames;
    }

    /** The root field's fetcher, followed by the prefetch of what the query selects below it. */
    DataFetcher<Object> around(DataFetcher<?> root) {
        return environment -> {
            Object value = root.get(environment);
            if (value instanceof CompletionStage<?> stage) {
                return stage.thenApply(v -> prefetched(environment, v));
            }
            return prefetched(environment, value);
        };
    }

    /**
     * A subscription root field's fetcher, whose events are each prefetched as a root value would be, just before
     * the engine answers it: on the thread that answers it, into a fresh {@link Prefetch} at the field's place (the
     * events of one subscription are answered one at a time, in the one GraphQL context of the subscription).
     */
    DataFetcher<Object> aroundEvents(DataFetcher<?> root) {
        return environment -> {
            Object value = root.get(environment);
            if (value instanceof LiveSubscription subscription) {
                environment.getSelectionSet().getImmediateFields(); // read it now, on the subscribing thread
                subscription.prepareEach(event -> {
                    Object data = event instanceof DataFetcherResult<?> result ? result.getData() : event;
                    Prefetch prefetch = new Prefetch();
                    environment.getGraphQlContext().put(Prefetch.class, prefetch);
                    if (data != null) {
                        walk(prefetch, environment.getExecutionStepInfo().getPath(), data, environment.getSelectionSet());
                    }
                    return event;
                });
                return mutiny.zero.flow.adapters.AdaptersToReactiveStreams.publisher(subscription);
            }
            return value;
        };
    }

    private Object prefetched(DataFetchingEnvironment environment, Object value) {
        Object data = value instanceof DataFetcherResult<?> result ? result.getData() : value;
        if (data != null) {
            Prefetch prefetch = environment.getGraphQlContext().computeIfAbsent(Prefetch.class, k -> new Prefetch());
            walk(prefetch, environment.getExecutionStepInfo().getPath(), data, environment.getSelectionSet());
        }
        return value;
    }

    /** An object of the answer, where it stands, and what the query selects on it. */
    private record Item(ResultPath path, Object object, DataFetchingFieldSelectionSet selection) {
    }

    /** The parents of one nested field with one set of arguments, on one level. */
    private static final class Group {
        final List<Object> parents = new ArrayList<>();
        final List<ResultPath> paths = new ArrayList<>();
        final List<DataFetchingFieldSelectionSet> selections = new ArrayList<>();
    }

    private record GroupKey(NestedField<?, ?> field, Map<String, Object> arguments) {
    }

    private void walk(Prefetch prefetch, ResultPath rootPath, Object rootValue, DataFetchingFieldSelectionSet rootSelection) {
        List<Item> level = new ArrayList<>();
        expand(rootPath, rootValue, rootSelection, level);
        Map<DataFetchingFieldSelectionSet, List<SelectedField>> immediate = new IdentityHashMap<>();
        Map<SelectedField, DataFetchingFieldSelectionSet> below = new IdentityHashMap<>();
        Map<SelectedField, GroupKey> keys = new IdentityHashMap<>();
        while (!level.isEmpty()) {
            List<Item> next = new ArrayList<>();
            Map<GroupKey, Group> groups = new LinkedHashMap<>();
            for (Item item : level) {
                String type = typeNames.get(item.object().getClass());
                Map<String, Step> fields = type == null ? null : steps.get(type);
                if (fields == null) {
                    continue;
                }
                for (SelectedField f : immediate.computeIfAbsent(item.selection(), DataFetchingFieldSelectionSet::getImmediateFields)) {
                    Step step = fields.get(f.getName());
                    if (step == null || !f.getObjectTypeNames().contains(type)) {
                        continue;
                    }
                    ResultPath path = item.path().segment(f.getResultKey());
                    DataFetchingFieldSelectionSet selection = below.computeIfAbsent(f, SelectedField::getSelectionSet);
                    if (step instanceof Read read) {
                        expand(path, read.read().apply(item.object()), selection, next);
                    } else if (step instanceof Load load) {
                        GroupKey key = keys.computeIfAbsent(f, k -> new GroupKey(load.field(), f.getArguments()));
                        Group g = groups.computeIfAbsent(key, k -> new Group());
                        g.parents.add(item.object());
                        g.paths.add(path);
                        g.selections.add(selection);
                    }
                }
            }
            groups.forEach((key, group) -> load(prefetch, key, group, next));
            level = next;
        }
    }

    private static void load(Prefetch prefetch, GroupKey key, Group group, List<Item> next) {
        List<?> values;
        try {
            values = key.field().load(group.parents, new FieldArguments(key.arguments()), Lookahead.union(group.selections));
        } catch (RuntimeException e) {
            Prefetch.Loaded failed = new Prefetch.Loaded(null, e);
            group.paths.forEach(p -> prefetch.put(p, failed));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            prefetch.put(group.paths.get(i), new Prefetch.Loaded(value, null));
            expand(group.paths.get(i), value, group.selections.get(i), next);
        }
    }

    /** The objects of a field's value, with their places: the value itself, or each element of a list. */
    private static void expand(ResultPath path, Object value, DataFetchingFieldSelectionSet selection, List<Item> out) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                expand(path.segment(i), list.get(i), selection, out);
            }
        } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>)) {
            out.add(new Item(path, value, selection));
        }
    }
}
