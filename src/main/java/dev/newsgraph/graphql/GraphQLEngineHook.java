package dev.newsgraph.graphql;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;

import java.util.function.UnaryOperator;

/**
 * SmallRye GraphQL's hook into the building of the graphql-java engine ({@code EventingService}, registered in
 * {@code META-INF/services}), handing the builder to {@link GraphQLSetup}. SmallRye loads this class once and
 * keeps it across dev-mode reloads, so it names no class of the application: the setup is looked up in the
 * current CDI container by JDK and graphql-java types, and the reloaded application's own classes do the work.
 */
public class GraphQLEngineHook implements EventingService {

    static final String SETUP = "newsgraph.graphql.setup";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return CDI.current().select(new TypeLiteral<UnaryOperator<GraphQL.Builder>>() {
        }, NamedLiteral.of(SETUP)).get().apply(builder);
    }
}
