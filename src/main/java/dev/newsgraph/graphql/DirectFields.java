package dev.newsgraph.graphql;

import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Operation;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads plain properties of the API's records straight from the record, instead of through SmallRye's
 * per-field data fetcher. SmallRye's fetcher rebuilds a request context for every field it resolves (a clone of
 * the context, the selected fields as JSON, the result path as a string, two events), which for a large nested
 * answer costs far more than the data: Q1 of the benchmark resolves ~5,700 fields. This instrumentation hands
 * graphql-java a copy of SmallRye's schema (made once) in which that fetcher is swapped, field by field, for one
 * that calls the record's accessor, where SmallRye would do nothing else: the field is a property (not an
 * {@code @Source} method), and its type is an object, a list of objects, an enum, one of the built-in scalars
 * (String, Int, Float, Boolean, ID), which graphql-java coerces itself, or Date (a LocalDate, which the Date
 * scalar writes in ISO-8601 as SmallRye would). Other formatted scalars and anything it does not recognise keep
 * SmallRye's fetcher. Batched fields ({@code @Source List}) get the same treatment: see {@link BatchFetcher}.
 */
@RegisterForReflection(targets = BatchDataFetcher.class, fields = true, methods = false)
final class DirectFields extends SimplePerformantInstrumentation {

    private static final String SMALLRYE_FIELD_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";
    /** graphql-java's own scalars: their coercing takes the Java value as it is. */
    static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    /** The scalars a record property can be read for directly: the built-in ones and Date (a LocalDate). */
    private static final Set<String> PLAIN_SCALARS = Stream.concat(BUILT_IN_SCALARS.stream(), Stream.of("Date"))
            .collect(Collectors.toUnmodifiableSet());

    private volatile Rewritten rewritten;

    private record Rewritten(GraphQLSchema original, GraphQLSchema fast) {
    }

    /**
     * The schema with the fetchers replaced, made once (the same schema object comes back on every request).
     * Its field visibility is graphql-java's default: SmallRye sets a pattern-matching one even when nothing
     * is hidden, which costs a regular-expression match on every field of every answer.
     */
    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
                                          InstrumentationState state) {
        Rewritten r = rewritten;
        if (r == null || r.original() != schema) {
            r = new Rewritten(schema, rewrite(schema));
            rewritten = r;
        }
        return r.fast();
    }

    static GraphQLSchema rewrite(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry fast = registry.transform(b -> {
            b.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates at = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> current = registry.getDataFetcher(at, field);
                        DataFetcher<?> replacement = replacementFor(current, field);
                        if (replacement != current) {
                            b.dataFetcher(at, replacement);
                        }
                    }
                }
            }
        });
        return schema.transformWithoutTypes(b -> b.codeRegistry(fast));
    }

    private static DataFetcher<?> replacementFor(DataFetcher<?> fetcher, GraphQLFieldDefinition field) {
        if (fetcher instanceof BatchDataFetcher<?> batch) {
            return BatchFetcher.of(batch).orElse(fetcher);
        }
        if (!fetcher.getClass().getName().equals(SMALLRYE_FIELD_FETCHER)) {
            return fetcher;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        boolean plain = type instanceof GraphQLEnumType || type instanceof GraphQLFieldsContainer
                || (type instanceof GraphQLScalarType s && PLAIN_SCALARS.contains(s.getName()));
        return plain ? new AccessorFetcher(field.getName(), fetcher) : fetcher;
    }

    /**
     * Does what SmallRye's batch fetcher does for each parent object (queue the parent and the field's arguments
     * on the request's data loader for the field) without first rebuilding the request context, which SmallRye's
     * batch loader rebuilds anyway, once per batch, before it calls the {@code @Source List} method.
     */
    static final class BatchFetcher implements DataFetcher<Object> {
        private final ArgumentHelper arguments;
        private final String loaderName;
        /** SmallRye's invoker of the {@code @Source List} method, as its batch loader uses it; null if unknown. */
        private final OperationInvoker invoker;

        private BatchFetcher(ArgumentHelper arguments, String loaderName, OperationInvoker invoker) {
            this.arguments = arguments;
            this.loaderName = loaderName;
            this.invoker = invoker;
        }

        static Optional<DataFetcher<?>> of(BatchDataFetcher<?> fetcher) {
            try {
                Field arguments = BatchDataFetcher.class.getDeclaredField("argumentHelper");
                Field name = BatchDataFetcher.class.getDeclaredField("batchLoaderName");
                arguments.setAccessible(true);
                name.setAccessible(true);
                return Optional.of(new BatchFetcher((ArgumentHelper) arguments.get(fetcher), (String) name.get(fetcher),
                        invokerOf(fetcher)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty(); // another SmallRye version: keep its fetcher
            }
        }

        private static OperationInvoker invokerOf(BatchDataFetcher<?> fetcher) {
            try {
                Field operation = BatchDataFetcher.class.getDeclaredField("operation");
                operation.setAccessible(true);
                return new OperationInvoker((Operation) operation.get(fetcher));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // the engine's data loader path still works
            }
        }

        /** Whether {@link #invoke} can call the method directly. */
        boolean invocable() {
            return invoker != null;
        }

        /**
         * Calls the {@code @Source List} method once for all {@code sources}, with the field's arguments converted
         * by SmallRye from {@code environment} — what SmallRye's batch loader does for one batch. Any failure is a
         * {@link Subtrees.GiveUp}: the engine then does the batch again and reports the error its own way.
         */
        List<?> invoke(List<Object> sources, DataFetchingEnvironment environment) {
            try {
                List<Object> converted = arguments.getArguments(environment, true);
                Object[] values = new Object[converted.size() + 1];
                values[0] = sources;
                for (int i = 0; i < converted.size(); i++) {
                    values[i + 1] = converted.get(i);
                }
                Object result = invoker.invoke(values);
                if (result instanceof List<?> list) {
                    return list;
                }
                throw new Subtrees.GiveUp("batch method answered " + (result == null ? "null" : result.getClass()));
            } catch (Subtrees.GiveUp g) {
                throw g;
            } catch (Exception e) {
                throw new Subtrees.GiveUp("batch method failed: " + e);
            }
        }

        /** The arguments last worked out, with the query field and request they belong to. */
        private volatile Arguments last;

        /** SmallRye's converted arguments, and the name of the data loader for this set of arguments. */
        private record Arguments(Object field, Object execution, Object values, String loader) {
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Arguments arguments = argumentsFor(environment);
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put(BatchLoaderHelper.ARGUMENTS, arguments.values());
            keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return loaderFor(environment, arguments.loader()).load(environment.getSource(), keyContext);
        }

        /**
         * The field's arguments as SmallRye converts them. They depend only on the query's field and the
         * request's variables, so every parent of one batch shares them: worked out once, not once per parent.
         */
        private Arguments argumentsFor(DataFetchingEnvironment environment) throws Exception {
            Object field = environment.getField();
            Object execution = environment.getExecutionId();
            Arguments a = last;
            if (a != null && a.field() == field && a.execution() == execution) {
                return a;
            }
            Map<String, Object> given = environment.getArguments();
            a = new Arguments(field, execution, arguments.getArguments(environment, true),
                    given.isEmpty() ? loaderName : loaderName + given);
            last = a;
            return a;
        }

        /**
         * SmallRye keeps one data loader per batched field, and a batch calls the method once with the
         * arguments of its first key: two occurrences of the field with different arguments
         * ({@code a: stories(first: 1) b: stories(first: 5)}) would share the first one's. So each set of
         * arguments gets a loader of its own in the request's registry, made from SmallRye's batch function;
         * occurrences with the same arguments still share one batch.
         */
        @SuppressWarnings("unchecked")
        private DataLoader<Object, Object> loaderFor(DataFetchingEnvironment environment, String name) {
            if (name.equals(loaderName)) {
                return environment.getDataLoader(loaderName);
            }
            DataLoaderRegistry registry = environment.getDataLoaderRegistry();
            return registry.computeIfAbsent(name, k -> {
                DataLoader<Object, Object> base = registry.getDataLoader(loaderName);
                if (!(base.getBatchLoadFunction() instanceof BatchLoaderWithContext<?, ?> function)) {
                    throw new IllegalStateException("SmallRye's loader for " + loaderName + " is not a BatchLoaderWithContext");
                }
                return DataLoaderFactory.newDataLoader((BatchLoaderWithContext<Object, Object>) function, base.getOptions());
            });
        }
    }

    /** Calls the public no-argument method of the field's name on the source; else falls back to SmallRye. */
    static final class AccessorFetcher implements DataFetcher<Object> {
        private static final MethodHandle NONE = MethodHandles.constant(Object.class, null);
        private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
            @Override
            protected Map<String, MethodHandle> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        private final String name;
        private final DataFetcher<?> fallback;

        AccessorFetcher(String name, DataFetcher<?> fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            MethodHandle accessor = accessor(source.getClass());
            if (accessor == NONE) {
                return fallback.get(environment);
            }
            return invoke(accessor, source);
        }

        /**
         * The property of a source object, for {@link FlatObjects}; an {@link IllegalStateException} if the
         * source is not a public record with that component, which sends the object down graphql-java's path.
         */
        Object read(Object source) {
            MethodHandle accessor = accessor(source.getClass());
            if (accessor == NONE) {
                throw new IllegalStateException("no accessor " + name + " on " + source.getClass());
            }
            return read(accessor, source);
        }

        /**
         * The accessor for sources of one class, looked up once for a whole level of objects by {@link Subtrees};
         * null if that class has none.
         */
        MethodHandle accessorFor(Class<?> type) {
            MethodHandle accessor = accessor(type);
            return accessor == NONE ? null : accessor;
        }

        /** Reads the property through an accessor from {@link #accessorFor}. */
        static Object read(MethodHandle accessor, Object source) {
            try {
                return invoke(accessor, source);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private MethodHandle accessor(Class<?> type) {
            Map<String, MethodHandle> accessors = ACCESSORS.get(type);
            MethodHandle accessor = accessors.get(name);
            if (accessor == null) {
                accessor = find(type, name);
                accessors.put(name, accessor);
            }
            return accessor;
        }

        private static Object invoke(MethodHandle accessor, Object source) throws Exception {
            try {
                Object value = accessor.invoke(source);
                return value instanceof Enum<?> e ? e.name() : value;
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        private static MethodHandle find(Class<?> type, String name) {
            return Optional.of(type)
                    .filter(t -> Modifier.isPublic(t.getModifiers()) && t.isRecord())
                    .flatMap(t -> {
                        try {
                            MethodHandle h = MethodHandles.publicLookup().findVirtual(t, name,
                                    MethodType.methodType(t.getMethod(name).getReturnType()));
                            return Optional.of(h.asType(MethodType.methodType(Object.class, Object.class)));
                        } catch (ReflectiveOperationException e) {
                            return Optional.empty();
                        }
                    })
                    .orElse(NONE);
        }
    }
}
