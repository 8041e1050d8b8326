package dev.newsgraph.graphql;

import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ValuesResolver;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes the whole answer under one root field of a query in a few loops, instead of field by field through
 * graphql-java's engine. The answer is built level by level: the objects a field yields under all its parents
 * are gathered first, so a batched field ({@code @Source List} method) is called once for all of them — the
 * same one call per field and level that the engine's data loaders make, with the same arguments converted by
 * SmallRye, through the same invoker. Plain properties are read from the records, and scalars and enums are
 * serialized by the schema's own coercing, as the engine does.
 * <p>
 * It only takes what it can answer exactly as the engine would: object types (no interfaces or unions), fields
 * read by {@link DirectFields.AccessorFetcher} or batched by {@link DirectFields.BatchFetcher}, and
 * {@code __typename}. At the first thing it does not take — another fetcher, a null in a non-null position, a
 * value a scalar refuses, an exception from a batch method — it gives up ({@link GiveUp}) and the caller hands
 * the root field to the engine, which then produces the answer and any error in its own way. A query has no
 * side effects, so doing its batches again costs time, never correctness.
 */
final class Subtrees {

    /** Thrown when the subtree needs the engine. Carries no stack trace: it is control flow. */
    static final class GiveUp extends RuntimeException {
        GiveUp(String why) {
            super(why, null, false, false);
        }
    }

    private final ExecutionContext context;
    private final FieldCollector collector;
    private final GraphQLCodeRegistry registry;

    Subtrees(ExecutionContext context, FieldCollector collector) {
        this.context = context;
        this.collector = collector;
        this.registry = context.getGraphQLSchema().getCodeRegistry();
    }

    /** The completed value of a root field whose fetched value is {@code value}, or {@link GiveUp}. */
    Object complete(GraphQLOutputType type, MergedField field, Object value) {
        Group root = new Group(field);
        Object result = completeValue(type, value, root);
        root.run();
        return result;
    }

    /** The objects one field yields under all the parents of one level, to be completed together. */
    private final class Group {
        final MergedField field;
        final List<Object> sources = new ArrayList<>();
        final List<Map<String, Object>> targets = new ArrayList<>();
        GraphQLObjectType type;

        Group(MergedField field) {
            this.field = field;
        }

        void add(GraphQLObjectType objectType, Object source, Map<String, Object> target) {
            if (type == null) {
                type = objectType;
            } else if (type != objectType) {
                throw new GiveUp("objects of more than one type under " + field.getName());
            }
            sources.add(source);
            targets.add(target);
        }

        void run() {
            if (sources.isEmpty()) {
                return;
            }
            MergedSelectionSet fields = selection(type, field);
            List<Group> children = new ArrayList<>();
            for (String key : fields.getKeys()) {
                MergedField sub = fields.getSubField(key);
                Group child = new Group(sub);
                completeField(key, sub, child);
                children.add(child);
            }
            for (Group child : children) {
                child.run();
            }
        }

        private void completeField(String key, MergedField sub, Group child) {
            String name = sub.getName();
            int n = sources.size();
            if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                for (int i = 0; i < n; i++) {
                    targets.get(i).put(key, type.getName());
                }
                return;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (definition == null) {
                throw new GiveUp("no field " + name);
            }
            DataFetcher<?> fetcher = registry.getDataFetcher(type, definition);
            GraphQLOutputType fieldType = definition.getType();
            if (fetcher instanceof DirectFields.AccessorFetcher accessor) {
                Class<?> lastClass = null;
                MethodHandle handle = null;
                for (int i = 0; i < n; i++) {
                    Object source = sources.get(i);
                    if (source.getClass() != lastClass) { // the objects of one level share their class
                        lastClass = source.getClass();
                        handle = accessor.accessorFor(lastClass);
                        if (handle == null) {
                            throw new GiveUp("no accessor " + name + " on " + lastClass);
                        }
                    }
                    Object raw;
                    try {
                        raw = DirectFields.AccessorFetcher.read(handle, source);
                    } catch (RuntimeException e) {
                        throw new GiveUp("unreadable " + name);
                    }
                    targets.get(i).put(key, completeValue(fieldType, raw, child));
                }
            } else if (fetcher instanceof DirectFields.BatchFetcher batch && batch.invocable() && batchable(fieldType)) {
                DataFetchingEnvironment environment = environment(definition, sub);
                List<?> values = Selections.with(selectedNames(fieldType, sub), () -> batch.invoke(sources, environment));
                if (values == null || values.size() != n) {
                    throw new GiveUp("batch " + name + " answered " + (values == null ? "null" : values.size() + " values"));
                }
                for (int i = 0; i < n; i++) {
                    targets.get(i).put(key, completeValue(fieldType, values.get(i), child));
                }
            } else {
                throw new GiveUp("field " + name + " has its own fetcher");
            }
        }

        /**
         * The fields selected on the objects a field yields, for {@link Selections}: names, and paths of names
         * three levels down ("nodes.sourceUrl", "edges.node.sourceUrl") for the connections.
         */
        private Set<String> selectedNames(GraphQLOutputType fieldType, MergedField sub) {
            Set<String> names = new HashSet<>();
            addNames(names, "", fieldType, sub, 3);
            return names;
        }

        private void addNames(Set<String> names, String prefix, GraphQLOutputType fieldType, MergedField sub, int depth) {
            GraphQLType bare = GraphQLTypeUtil.unwrapAll(fieldType);
            if (depth == 0 || !(bare instanceof GraphQLObjectType object)) {
                return;
            }
            MergedSelectionSet fields = selection(object, sub);
            for (MergedField f : fields.getSubFieldsList()) {
                String path = prefix + f.getName();
                names.add(path);
                GraphQLFieldDefinition definition = object.getFieldDefinition(f.getName());
                if (definition != null) {
                    addNames(names, path + ".", definition.getType(), f, depth - 1);
                }
            }
        }

        /** What SmallRye's argument conversion reads: the field's arguments as graphql-java coerced them. */
        private DataFetchingEnvironment environment(GraphQLFieldDefinition definition, MergedField sub) {
            Map<String, Object> arguments = definition.getArguments().isEmpty() ? Map.of()
                    : ValuesResolver.getArgumentValues(registry, definition.getArguments(), sub.getArguments(),
                    context.getCoercedVariables(), context.getGraphQLContext(), context.getLocale());
            return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context)
                    .source(sources.get(0))
                    .arguments(arguments)
                    .fieldDefinition(definition)
                    .mergedField(sub)
                    .fieldType(definition.getType())
                    .parentType(type)
                    .build();
        }
    }

    /** The fields selected under {@code field} on objects of {@code type}, fragments and directives applied. */
    private MergedSelectionSet selection(GraphQLObjectType type, MergedField field) {
        return collector.collectFields(FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema())
                .objectType(type)
                .fragments(context.getFragmentsByName())
                .variables(context.getCoercedVariables().toMap())
                .graphQLContext(context.getGraphQLContext())
                .build(), field, false);
    }

    /**
     * A batch method's values go to the client as they are, as in SmallRye's batch loader: objects, and the
     * built-in scalars, which graphql-java's coercing serializes. Anything else (a formatted date) gives up.
     */
    private static boolean batchable(GraphQLOutputType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
        return bare instanceof GraphQLObjectType
                || (bare instanceof GraphQLScalarType s && DirectFields.BUILT_IN_SCALARS.contains(s.getName()));
    }

    private Object completeValue(GraphQLOutputType type, Object value, Group child) {
        if (value == null) {
            if (type instanceof GraphQLNonNull) {
                throw new GiveUp("null in a non-null position");
            }
            return null;
        }
        GraphQLType bare = type instanceof GraphQLNonNull nn ? nn.getWrappedType() : type;
        if (bare instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                throw new GiveUp("list value of " + value.getClass());
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(completeValue(itemType, item, child));
            }
            return out;
        }
        if (bare instanceof GraphQLScalarType || bare instanceof GraphQLEnumType) {
            Object serialized;
            try {
                serialized = FlatObjects.serializeLeaf(context, bare, value);
            } catch (RuntimeException e) {
                throw new GiveUp("coercion: " + e.getMessage());
            }
            if (serialized == null) {
                throw new GiveUp("serialized to null");
            }
            return serialized;
        }
        if (bare instanceof GraphQLObjectType object) {
            Map<String, Object> target = new LinkedHashMap<>();
            child.add(object, value, target);
            return target;
        }
        throw new GiveUp("type " + bare);
    }
}
