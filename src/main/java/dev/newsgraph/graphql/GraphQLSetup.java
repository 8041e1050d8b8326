package dev.newsgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Sets up the graphql-java engine as SmallRye builds it (called through {@link GraphQLEngineHook}, SmallRye's
 * {@code EventingService} SPI) with graphql-java's public builder:
 * <ul>
 *   <li>the API's data fetchers in the schema's code registry ({@link Fetchers}, {@link NestedFields});</li>
 *   <li>one operation-level instrumentation: the parser limits per execution, the query limits, the error codes,
 *       and the hand-over of each answer to the HTTP gateway ({@link Exchange});</li>
 *   <li>a cache of parsed and validated documents.</li>
 * </ul>
 * SmallRye's own instrumentations (its document cache; depth and complexity limits when configured) are
 * replaced: the depth and complexity limits SmallRye would add are added here the same way.
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
        int documentCacheSize = config.getValue("newsgraph.graphql.document-cache-size", Integer.class);

        io.smallrye.graphql.spi.config.Config smallRye = io.smallrye.graphql.spi.config.Config.get();
        if (smallRye.isFederationEnabled()) {
            throw new IllegalStateException("NewsGraph does not serve GraphQL federation; leave it disabled.");
        }
        List<Instrumentation> configured = new ArrayList<>();
        smallRye.getQueryComplexityInstrumentation().ifPresent(max -> configured.add(new MaxQueryComplexityInstrumentation(max)));
        smallRye.getQueryDepthInstrumentation().ifPresent(max -> configured.add(new MaxQueryDepthInstrumentation(max)));

        Instrumentation ours = new OperationLevel(ParserLimits.current(), new QueryLimits(limits), new ErrorCodes());
        if (configured.isEmpty()) {
            builder.instrumentation(ours);
        } else {
            configured.add(ours); // last: its error codes see the errors of the others
            builder.instrumentation(new ChainedInstrumentation(configured));
        }
        builder.preparsedDocumentProvider(new DocumentCache(documentCacheSize));

        Fetchers.Installed installed = Fetchers.install(schema, model, nestedFields.fetchers());
        LOG.infof("GraphQL: %d record properties and %d nested fields on NewsGraph's fetchers; SmallRye's for %s",
                installed.properties().size(), installed.nested().size(), installed.smallRyes());
        builder.schema(installed.schema());
        return builder;
    }

    /**
     * Ours in one instrumentation with no per-field hooks (a chain costs several calls on every field), each part
     * at the only stage it works at: the input, the operation, the result.
     */
    static final class OperationLevel extends SimplePerformantInstrumentation {
        private final ParserOptions parserOptions;
        private final QueryLimits limits;
        private final ErrorCodes errors;

        OperationLevel(ParserOptions parserOptions, QueryLimits limits, ErrorCodes errors) {
            this.parserOptions = parserOptions;
            this.limits = limits;
            this.errors = errors;
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

    /**
     * Parsed and validated documents by query text, least recently used dropped first. Only documents that
     * passed validation are kept, so a flood of bad queries cannot fill it with junk.
     */
    static final class DocumentCache implements PreparsedDocumentProvider {
        private final Map<String, PreparsedDocumentEntry> entries;

        DocumentCache(int size) {
            this.entries = new LinkedHashMap<>(size, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > size;
                }
            };
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                         Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            String query = input.getQuery();
            PreparsedDocumentEntry entry;
            synchronized (entries) {
                entry = entries.get(query);
            }
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    synchronized (entries) {
                        entries.put(query, entry);
                    }
                }
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
