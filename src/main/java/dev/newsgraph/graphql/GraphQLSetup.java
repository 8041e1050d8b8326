package dev.newsgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.ExecutionInput;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;
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
        QueryLimits.Limits limits = new QueryLimits.Limits(
                config.getValue("newsgraph.graphql.max-depth", Integer.class),
                config.getValue("newsgraph.graphql.max-complexity", Integer.class),
                config.getValue("newsgraph.graphql.max-field-repeats", Integer.class));
        int maxTokens = config.getValue("newsgraph.graphql.max-tokens", Integer.class);
        int maxCharacters = config.getValue("newsgraph.graphql.max-characters", Integer.class);
        int documentCacheSize = config.getValue("newsgraph.graphql.document-cache-size", Integer.class);
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(maxTokens)
                .maxCharacters(maxCharacters)
                .maxWhitespaceTokens(Math.max(maxTokens * 10, 10_000))
                .maxRuleDepth(200)));
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation smallRyes = existingInstrumentation(builder);
        if (smallRyes != null) {
            chain.add(smallRyes); // holds SmallRye's query cache, which also serves SmallRye's own parse
        }
        chain.add(new QueryLimits(limits));
        chain.add(new ErrorCodes()); // last: it sees every error the others produced
        builder.instrumentation(new ChainedInstrumentation(chain));
        if (smallRyes == null) {
            builder.preparsedDocumentProvider(new DocumentCache(documentCacheSize));
        }
        return builder;
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
