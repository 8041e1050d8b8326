package dev.newsgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A nested field computed from its parent alone, with no I/O (a figure's country is looked up in the countries
 * held in memory): no batch needed, so no data loader either.
 */
final class DirectField<S> implements LightDataFetcher<Object> {

    private final Class<S> source;
    private final Function<S, ?> value;

    DirectField(Class<S> source, Function<S, ?> value) {
        this.source = source;
        this.value = value;
    }

    @Override
    public Object get(GraphQLFieldDefinition fieldDefinition, Object parent, Supplier<DataFetchingEnvironment> environment) {
        return parent == null ? null : value.apply(source.cast(parent));
    }

    /** The field's value for a parent of the source class (null for another class). */
    Object read(Object parent) {
        return source.isInstance(parent) ? value.apply(source.cast(parent)) : null;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }
}
