package dev.newsgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.ExecutionResult;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import graphql.schema.GraphQLSchema;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.ExecutionInput;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;
import jakarta.json.spi.JsonProvider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Hooks into SmallRye GraphQL as it builds the graphql-java engine (SmallRye has no other way to add
 * instrumentation): sets the parser limits and adds the query limits and the error codes to SmallRye's own
 * instrumentation. Registered through {@code META-INF/services}.
 */
@RegisterForReflection(targets = GraphQL.Builder.class, fields = true, methods = false)
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // Read by name: SmallRye keeps this service across dev-mode reloads, so it must not hold CDI beans.
        Config config = ConfigProvider.getConfig();
        pinJsonProvider();
        QueryLimits.Limits limits = new QueryLimits.Limits(
                config.getValue("newsgraph.graphql.max-depth", Integer.class),
                config.getValue("newsgraph.graphql.max-complexity", Integer.class),
                config.getValue("newsgraph.graphql.max-field-repeats", Integer.class));
        int maxTokens = config.getValue("newsgraph.graphql.max-tokens", Integer.class);
        int maxCharacters = config.getValue("newsgraph.graphql.max-characters", Integer.class);
        int documentCacheSize = config.getValue("newsgraph.graphql.document-cache-size", Integer.class);
        FlatObjects.fastCompletion(config.getValue("newsgraph.graphql.fast-completion", Boolean.class));
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(maxTokens)
                .maxCharacters(maxCharacters)
                .maxWhitespaceTokens(Math.max(maxTokens * 10, 10_000))
                .maxRuleDepth(200)));
        Instrumentation smallRyes = existingInstrumentation(builder);
        DirectFields fields = new DirectFields();
        QueryLimits queryLimits = new QueryLimits(limits);
        ErrorCodes errors = new ErrorCodes();
        List<Instrumentation> validation = validationOnly(smallRyes);
        if (validation != null) {
            // SmallRye adds only its query cache (no complexity, depth or federation tracing configured): one
            // flat instrumentation without per-field hooks, as a chain costs several calls on every field.
            builder.instrumentation(new OperationLevel(fields, queryLimits, errors, validation));
        } else {
            LOG.infof("SmallRye instruments GraphQL fields (%s): queries take graphql-java's field-by-field path,"
                    + " without the bulk completion", describe(smallRyes));
            List<Instrumentation> chain = new ArrayList<>();
            chain.add(fields);
            if (smallRyes != null) {
                chain.add(smallRyes);
            }
            chain.add(queryLimits);
            chain.add(errors); // last: it sees every error the others produced
            builder.instrumentation(new ChainedInstrumentation(chain));
        }
        useFlatObjects(builder);
        if (smallRyes == null) {
            builder.preparsedDocumentProvider(new DocumentCache(documentCacheSize));
        }
        return builder;
    }

    private static String describe(Instrumentation instrumentation) {
        if (instrumentation instanceof ChainedInstrumentation chain) {
            return chain.getInstrumentations().stream().map(i -> i.getClass().getName())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return instrumentation.getClass().getName();
    }

    /**
     * SmallRye's instrumentations, if all of them work at validation only (its query cache, which fills itself
     * there); else null.
     */
    private static List<Instrumentation> validationOnly(Instrumentation smallRyes) {
        if (smallRyes == null) {
            return List.of();
        }
        if (smallRyes instanceof ChainedInstrumentation chain && chain.getInstrumentations().stream()
                .allMatch(i -> i.getClass().getName().equals("io.smallrye.graphql.execution.QueryCache"))) {
            return chain.getInstrumentations();
        }
        return null;
    }

    /**
     * Ours in one, each at the only stage it works at: the schema, the operation, the result; and SmallRye's
     * query cache at validation.
     */
    static final class OperationLevel extends SimplePerformantInstrumentation {
        private final DirectFields fields;
        private final QueryLimits limits;
        private final ErrorCodes errors;
        private final List<Instrumentation> validation;

        OperationLevel(DirectFields fields, QueryLimits limits, ErrorCodes errors, List<Instrumentation> validation) {
            this.fields = fields;
            this.limits = limits;
            this.errors = errors;
            this.validation = validation;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                             InstrumentationState state) {
            InstrumentationContext<List<ValidationError>> context = null;
            for (Instrumentation i : validation) {
                InstrumentationContext<List<ValidationError>> c = i.beginValidation(parameters, null);
                context = context == null ? c : c == null ? context : both(context, c);
            }
            return context;
        }

        private static <T> InstrumentationContext<T> both(InstrumentationContext<T> a, InstrumentationContext<T> b) {
            return new InstrumentationContext<>() {
                @Override
                public void onDispatched() {
                    a.onDispatched();
                    b.onDispatched();
                }

                @Override
                public void onCompleted(T result, Throwable t) {
                    a.onCompleted(result, t);
                    b.onCompleted(result, t);
                }
            };
        }

        @Override
        public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
                                              InstrumentationState state) {
            return fields.instrumentSchema(schema, parameters, state);
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
            return errors.instrumentExecutionResult(result, parameters, state);
        }
    }

    /**
     * Names the JSON-P provider in the system property that {@code JsonProvider.provider()} reads first.
     * Without it every {@code Json.createObjectBuilder()} (SmallRye calls it for each batched field) runs a
     * ServiceLoader scan of the class path, which showed up as the largest allocation of a nested query.
     */
    private static void pinJsonProvider() {
        if (System.getProperty(JsonProvider.JSONP_PROVIDER_FACTORY) == null) {
            System.setProperty(JsonProvider.JSONP_PROVIDER_FACTORY, JsonProvider.provider().getClass().getName());
        }
    }

    /**
     * Queries run with {@link FlatObjects}, unless SmallRye chose a query strategy of its own (then that one
     * stays). The exception handler is the one SmallRye configured on the builder.
     */
    private static void useFlatObjects(GraphQL.Builder builder) {
        try {
            Field strategy = GraphQL.Builder.class.getDeclaredField("queryExecutionStrategy");
            Field handler = GraphQL.Builder.class.getDeclaredField("defaultExceptionHandler");
            strategy.setAccessible(true);
            handler.setAccessible(true);
            if (strategy.get(builder) == null) {
                builder.queryExecutionStrategy(new FlatObjects((DataFetcherExceptionHandler) handler.get(builder)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("graphql-java's builder is not reachable (%s); using its own query strategy", e);
        }
    }

    /**
     * The instrumentation SmallRye set on the builder (its query cache fills itself through it). The
     * builder has no getter, hence reflection; without it a cache of our own takes its place.
     */
    private static Instrumentation existingInstrumentation(GraphQL.Builder builder) {
        try {
            Field f = GraphQL.Builder.class.getDeclaredField("instrumentation");
            f.setAccessible(true);
            return (Instrumentation) f.get(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("SmallRye's instrumentation is not reachable (%s); using NewsGraph's document cache", e);
            return null;
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
