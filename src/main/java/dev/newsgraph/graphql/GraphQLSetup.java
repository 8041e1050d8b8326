package dev.newsgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.schema.model.Schema;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Sets up the graphql-java engine as SmallRye builds it (called through {@link GraphQLEngineHook}, SmallRye's
 * {@code EventingService} SPI) with graphql-java's public builder:
 * <ul>
 *   <li>the API's data fetchers in the schema's code registry ({@link Fetchers}, {@link NestedFields});</li>
 *   <li>one operation-level instrumentation: the parser limits per execution, the query limits, the error codes,
 *       and the hand-over of each answer to the HTTP gateway ({@link Exchange});</li>
 *   <li>nested fields loaded ahead by {@link Prefetcher}, so the engine dispatches no data loaders.</li>
 * </ul>
 * SmallRye's document cache stays (it is filled at validation), and so does whatever else SmallRye instruments.
 */
@ApplicationScoped
@Named(GraphQLEngineHook.SETUP)
@Unremovable // looked up by GraphQLEngineHook
public class GraphQLSetup implements UnaryOperator<GraphQL.Builder> {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    @Inject
    NestedFields nestedFields;

    @Inject
    GraphQLSchema schema;

    @Inject
    Schema model;

    @Override
    public GraphQL.Builder apply(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        QueryLimits.Limits limits = new QueryLimits.Limits(
                config.getValue("newsgraph.graphql.max-depth", Integer.class),
                config.getValue("newsgraph.graphql.max-complexity", Integer.class),
                config.getValue("newsgraph.graphql.max-field-repeats", Integer.class));

        // What SmallRye set on the builder, read through the engine's public getters: its document cache (which is
        // both the provider and an instrumentation that fills it at validation) and any limits configured with
        // quarkus.smallrye-graphql.*. They stay; ours are added.
        GraphQL smallRyes = builder.build();
        Instrumentation smallRyeInstrumentation = smallRyes.getInstrumentation();
        PreparsedDocumentProvider documents = smallRyes.getPreparsedDocumentProvider();
        OperationLevel ours = new OperationLevel(ParserLimits.current(), new QueryLimits(limits), new ErrorCodes(),
                documents instanceof Instrumentation filler ? filler : null);
        if (onlyTheDocumentCache(smallRyeInstrumentation, documents)) {
            builder.instrumentation(ours);
        } else {
            LOG.infof("SmallRye instruments the GraphQL engine beyond its document cache: its instrumentation runs in a chain"
                    + " with NewsGraph's");
            builder.instrumentation(new ChainedInstrumentation(List.of(smallRyeInstrumentation, ours.withoutDocumentCache())));
        }

        Fetchers.Installed installed = Fetchers.install(schema, model, nestedFields.fetchers(), nestedFields.roots());
        LOG.infof("GraphQL: %d record properties, %d nested fields and %d query and subscription fields on NewsGraph's"
                        + " fetchers, every root field (and every event) prefetching its subtree; SmallRye's for %s",
                installed.properties().size(), installed.nested().size(), installed.roots().size(), installed.smallRyes());
        builder.schema(installed.schema());
        // Nested fields are loaded ahead by the Prefetcher: no data loader is ever queued, so none is dispatched.
        builder.doNotAutomaticallyDispatchDataLoader();
        // The API's fetchers return plain values, never Optional or OptionalInt: nothing to unbox (the default
        // unboxer's type checks cost 4% of Q1).
        builder.valueUnboxer(value -> value);
        return builder;
    }

    /** Whether SmallRye's instrumentation is its document cache alone (possibly in a chain of one). */
    private static boolean onlyTheDocumentCache(Instrumentation instrumentation, PreparsedDocumentProvider documents) {
        if (instrumentation == documents) {
            return true;
        }
        return instrumentation instanceof ChainedInstrumentation chain
                && chain.getInstrumentations().stream().allMatch(i -> i == documents);
    }

    /**
     * Ours in one instrumentation with no per-field hooks (a chain costs several calls on every field), each part
     * at the only stage it works at: the input, the operation, the result.
     */
    static final class OperationLevel extends SimplePerformantInstrumentation {
        private final ParserOptions parserOptions;
        private final QueryLimits limits;
        private final ErrorCodes errors;
        /** SmallRye's document cache, which keeps a document once it passed validation; null if none. */
        private final Instrumentation documentCache;

        OperationLevel(ParserOptions parserOptions, QueryLimits limits, ErrorCodes errors, Instrumentation documentCache) {
            this.parserOptions = parserOptions;
            this.limits = limits;
            this.errors = errors;
            this.documentCache = documentCache;
        }

        /** The same, for a chain in which SmallRye's own instrumentation sees the validation itself. */
        OperationLevel withoutDocumentCache() {
            return new OperationLevel(parserOptions, limits, errors, null);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                             InstrumentationState state) {
            return documentCache == null ? null : documentCache.beginValidation(parameters, null);
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
            input.getGraphQLContext().put(ParserOptions.class, parserOptions);
            return input;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return limits.beginExecuteOperation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                            InstrumentationExecutionParameters parameters,
                                                                            InstrumentationState state) {
            return errors.instrumentExecutionResult(result, parameters, state).thenApply(coded -> {
                Exchange exchange = Exchange.current();
                if (exchange != null && exchange.onResult != null) {
                    exchange.onResult.accept(coded);
                }
                return coded;
            });
        }
    }
}
