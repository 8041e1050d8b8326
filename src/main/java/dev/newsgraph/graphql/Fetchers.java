package dev.newsgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers the API's data fetchers in graphql-java's code registry, through its public builder: the plain
 * properties of the output records through their accessors ({@link RecordProperty}), every batched nested field
 * as {@link NestedFields} says. Query root fields as {@link NestedFields#roots} says, mutations with SmallRye's fetchers; every root field is
 * followed by {@link Prefetcher}. Which fields get which is decided from
 * SmallRye's schema model (the Java class and accessor of each field), never from the class of the fetcher it
 * had; a property SmallRye would transform (a formatted date or number, an adapter) keeps SmallRye's fetcher.
 */
final class Fetchers {

    private static final Logger LOG = Logger.getLogger(Fetchers.class);

    /** graphql-java's own scalars, which take the Java value as it is; and Date, written from a LocalDate. */
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID", "Date");

    /** What was registered, for the start-up log and the tests. */
    record Installed(GraphQLSchema schema, List<String> properties, List<String> nested, List<String> smallRyes,
                     List<String> roots) {
    }

    private Fetchers() {
    }

    static Installed install(GraphQLSchema schema, Schema model, Map<String, DataFetcher<?>> nested,
                             Map<String, DataFetcher<?>> rootFields) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        List<String> properties = new ArrayList<>();
        List<String> batched = new ArrayList<>();
        List<String> smallRyes = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        Map<String, Map<String, Prefetcher.Step>> steps = new HashMap<>();
        Map<Class<?>, String> typeNames = new HashMap<>();
        GraphQLCodeRegistry updated = registry.transform(b -> {
            b.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            for (Type type : model.getTypes().values()) {
                GraphQLObjectType object = schema.getObjectType(type.getName());
                if (object == null) {
                    continue;
                }
                Class<?> owner = load(type.getClassName());
                typeNames.put(owner, object.getName());
                Map<String, Prefetcher.Step> typeSteps = steps.computeIfAbsent(object.getName(), k -> new HashMap<>());
                for (Field field : type.getFields().values()) {
                    String name = type.getName() + "." + field.getName();
                    FieldCoordinates at = FieldCoordinates.coordinates(object.getName(), field.getName());
                    GraphQLFieldDefinition definition = object.getFieldDefinition(field.getName());
                    DataFetcher<?> current = registry.getDataFetcher(at, definition);
                    String accessor = field.getMethodName() != null ? field.getMethodName() : field.getPropertyName();
                    if (plain(field, definition) && accessor != null) {
                        try {
                            RecordProperty property = RecordProperty.of(owner, accessor, current);
                            b.dataFetcher(at, property);
                            if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()))) {
                                typeSteps.put(field.getName(), new Prefetcher.Read(property::read));
                            }
                            properties.add(name);
                            continue;
                        } catch (ReflectiveOperationException e) {
                            LOG.warnf("No public accessor %s on %s: %s keeps SmallRye's fetcher", accessor, owner.getName(), name);
                        }
                    }
                    smallRyes.add(name);
                }
                for (String field : type.getBatchOperations().keySet()) {
                    String name = type.getName() + "." + field;
                    DataFetcher<?> fetcher = nested.get(name);
                    if (fetcher == null) {
                        throw new IllegalStateException("The batched field " + name + " has no fetcher in NestedFields");
                    }
                    b.dataFetcher(FieldCoordinates.coordinates(object.getName(), field), fetcher);
                    if (fetcher instanceof NestedField<?, ?> loaded) {
                        typeSteps.put(field, new Prefetcher.Load(loaded));
                    } else if (fetcher instanceof DirectField<?> direct) {
                        typeSteps.put(field, new Prefetcher.Read(direct::read));
                    }
                    batched.add(name);
                }
                for (String field : type.getOperations().keySet()) {
                    smallRyes.add(type.getName() + "." + field);
                }
            }
        });
        // The root fields: the query's own (NestedFields.roots), the others (mutations) SmallRye's; each followed by the
        // prefetch of its subtree.
        Prefetcher prefetcher = new Prefetcher(steps, typeNames);
        GraphQLCodeRegistry withRoots = updated.transform(b -> {
            for (GraphQLObjectType root : new GraphQLObjectType[]{schema.getQueryType(), schema.getMutationType()}) {
                if (root == null) {
                    continue;
                }
                for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                    FieldCoordinates at = FieldCoordinates.coordinates(root, field);
                    String name = root.getName() + "." + field.getName();
                    DataFetcher<?> own = rootFields.get(name);
                    b.dataFetcher(at, prefetcher.around(own != null ? own : updated.getDataFetcher(at, field)));
                    (own != null ? roots : smallRyes).add(name);
                }
            }
            GraphQLObjectType subscription = schema.getSubscriptionType();
            if (subscription != null) {
                for (GraphQLFieldDefinition field : subscription.getFieldDefinitions()) {
                    String name = subscription.getName() + "." + field.getName();
                    DataFetcher<?> own = rootFields.get(name);
                    if (own != null) {
                        b.dataFetcher(FieldCoordinates.coordinates(subscription, field), prefetcher.aroundEvents(own));
                        roots.add(name);
                    } else {
                        smallRyes.add(name);
                    }
                }
            }
        });
        LOG.debugf("GraphQL fetchers: %d record properties, %d nested fields; SmallRye's for %s",
                properties.size(), batched.size(), smallRyes);
        return new Installed(schema.transformWithoutTypes(s -> s.codeRegistry(withRoots)), properties, batched, smallRyes, roots);
    }

    /**
     * A property SmallRye would only read: no transformation, no adapter, not a map; its type an object, an enum,
     * or a scalar the engine writes from the Java value (Date from a LocalDate, as SmallRye's default format).
     */
    private static boolean plain(Field field, GraphQLFieldDefinition definition) {
        if (definition == null || field.hasTransformation() || field.isAdaptingWith() || field.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap())) {
            return false;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        return type instanceof GraphQLFieldsContainer || type instanceof GraphQLEnumType
                || (type instanceof GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName()));
    }

    private static Class<?> load(String className) {
        try {
            return ClassloadingService.get().loadClass(className);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The GraphQL type class " + className + " cannot be loaded", e);
        }
    }
}
