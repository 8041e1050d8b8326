package dev.newsgraph.graphql;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.NonNullableFieldWasNullException;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * graphql-java's query strategy with one shortcut: an object whose selected fields are all plain properties
 * of scalar or enum type, without arguments (a figure's surface, value, kind and unit; a quote; page info), is
 * completed in one loop over its record's accessors instead of field by field through the whole engine
 * (environment, step info, fetched value, futures: microseconds per field). What the client sees is the same:
 * values are serialized by the same scalars and enums, and anything unusual (a null, a failed coercion, an
 * argument, a field with its own fetcher) takes graphql-java's normal path. The data-loader dispatcher is told
 * about the object as if it had no fields, so batched loading of sibling branches goes on as before.
 */
final class FlatObjects extends AsyncExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(FlatObjects.class);

    private static final MergedSelectionSet NO_FIELDS = MergedSelectionSet.newMergedSelectionSet().build();
    private static final Object NOT_FLAT = new Object();

    /** Per object type and field name: the accessor fetcher, or NOT_FLAT. */
    private final Map<GraphQLObjectType, Map<String, Object>> plans = new ConcurrentHashMap<>();

    FlatObjects(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    /**
     * A root field of a query: its whole answer in a few loops ({@link Subtrees}) when the engine adds nothing
     * to it — no field-level instrumentation (only the service's own operation-level one is installed), no
     * {@code @defer}. If the subtree gives up, the engine completes the field from the same fetched value.
     */
    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters)
            throws NonNullableFieldWasNullException {
        ResultPath path = parameters.getPath();
        Object value = parameters.getSource();
        if (value != null && path.isNamedSegment() && path.getParent().isRootPath() && subtreesAllowed(context)) {
            ExecutionStepInfo step = parameters.getExecutionStepInfo();
            try {
                Object completed = new Subtrees(context, fieldCollector).complete(step.getType(), parameters.getField(), value);
                FastCompletionStats.COMPLETED.increment();
                if (completed instanceof List<?>) {
                    return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed, List.of());
                }
                if (completed instanceof Map<?, ?>) {
                    completedWithoutFields(context, parameters);
                    return new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, completed);
                }
                if (completed != null) {
                    return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, completed);
                }
            } catch (Subtrees.GiveUp giveUp) {
                FastCompletionStats.HANDED_BACK.increment();
                LOG.debugf("%s goes to the engine: %s", path, giveUp.getMessage());
            }
        }
        return super.completeValue(context, parameters);
    }

    /** {@code newsgraph.graphql.fast-completion}, set at start; tests turn it off to compare with the engine. */
    private static volatile boolean fastCompletion = true;

    static void fastCompletion(boolean on) {
        fastCompletion = on;
    }

    private static boolean subtreesAllowed(ExecutionContext context) {
        return fastCompletion
                && context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY
                && !context.hasIncrementalSupport()
                && context.getInstrumentation() instanceof GraphQLSetup.OperationLevel;
    }

    @Override
    protected Object executeObject(ExecutionContext context, ExecutionStrategyParameters parameters)
            throws NonNullableFieldWasNullException {
        Object source = parameters.getSource();
        GraphQLType type = parameters.getExecutionStepInfo().getUnwrappedNonNullType();
        if (source == null || !(type instanceof GraphQLObjectType object) || context.hasIncrementalSupport()) {
            return super.executeObject(context, parameters);
        }
        // First decide from the plans alone (map lookups), so that an object with one field of its own
        // fetcher (a country with its stories) costs no reads before it takes the engine's path.
        MergedSelectionSet fields = parameters.getFields();
        Map<String, Object> plan = plans.computeIfAbsent(object, o -> new ConcurrentHashMap<>());
        List<String> keys = fields.getKeys();
        Leaf[] leaves = new Leaf[keys.size()];
        for (int i = 0; i < leaves.length; i++) {
            MergedField field = fields.getSubField(keys.get(i));
            String name = field.getName();
            if (!field.getArguments().isEmpty()) {
                return super.executeObject(context, parameters);
            }
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                continue; // leaves[i] stays null: the type's name
            }
            Object how = plan.get(name);
            if (how == null) {
                how = planFor(context, object, name);
                plan.put(name, how);
            }
            if (how == NOT_FLAT) {
                return super.executeObject(context, parameters);
            }
            leaves[i] = (Leaf) how;
        }
        Map<String, Object> values = new LinkedHashMap<>(keys.size() * 2);
        for (int i = 0; i < leaves.length; i++) {
            Object value = leaves[i] == null ? object.getName() : serialize(context, leaves[i], source);
            if (value == null) {
                return super.executeObject(context, parameters); // null handling and errors as graphql-java does them
            }
            values.put(keys.get(i), value);
        }
        completedWithoutFields(context, parameters);
        return values;
    }

    /**
     * Tells the data-loader dispatcher about an object completed here as the engine would about one of its
     * own, with no fields left to fetch, so that batched loading of sibling branches goes on as before.
     */
    private static void completedWithoutFields(ExecutionContext context, ExecutionStrategyParameters parameters) {
        ExecutionStrategyParameters none = parameters.transform(b -> b.fields(NO_FIELDS));
        DataLoaderDispatchStrategy dispatcher = context.getDataLoaderDispatcherStrategy();
        dispatcher.executeObject(context, none);
        dispatcher.executeObjectOnFieldValuesInfo(List.of(), none);
    }

    private record Leaf(DirectFields.AccessorFetcher accessor, GraphQLOutputType type) {
    }

    private static Object planFor(ExecutionContext context, GraphQLObjectType object, String name) {
        GraphQLFieldDefinition definition = object.getFieldDefinition(name);
        if (definition == null) {
            return NOT_FLAT;
        }
        GraphQLOutputType type = definition.getType();
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (!(bare instanceof GraphQLScalarType) && !(bare instanceof GraphQLEnumType)) {
            return NOT_FLAT;
        }
        DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(object, definition), definition);
        return fetcher instanceof DirectFields.AccessorFetcher accessor
                ? new Leaf(accessor, (GraphQLOutputType) bare) : NOT_FLAT;
    }

    /** The serialized value, or null where graphql-java should decide (a null, a coercion problem). */
    private static Object serialize(ExecutionContext context, Leaf leaf, Object source) {
        try {
            Object raw = leaf.accessor().read(source);
            return raw == null ? null : serializeLeaf(context, leaf.type(), raw);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A non-null scalar or enum value as graphql-java would write it: through the scalar's coercing, or the
     * enum's serialization (of the constant's name). May answer null, and throws what the coercing throws.
     */
    static Object serializeLeaf(ExecutionContext context, GraphQLType leaf, Object raw) {
        if (leaf instanceof GraphQLScalarType scalar) {
            return scalar.getCoercing().serialize(raw, context.getGraphQLContext(), context.getLocale());
        }
        return ((GraphQLEnumType) leaf).serialize(raw instanceof Enum<?> e ? e.name() : raw,
                context.getGraphQLContext(), context.getLocale());
    }
}
