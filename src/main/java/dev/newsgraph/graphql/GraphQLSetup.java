package dev.newsgraph.graphql;

import dev.newsgraph.config.NewsGraphConfig;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.ExecutionInput;
import graphql.parser.ParserOptions;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Hooks into SmallRye GraphQL as it builds the graphql-java engine (SmallRye has no other way to add
 * instrumentation): sets the parser limits, the query limits, the error codes and a bounded cache of
 * parsed and validated documents. Registered through {@code META-INF/services}.
 */
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        NewsGraphConfig.Graphql limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(NewsGraphConfig.class).graphql();
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(limits.maxTokens())
                .maxCharacters(limits.maxCharacters())
                .maxWhitespaceTokens(Math.max(limits.maxTokens() * 10, 10_000))
                .maxRuleDepth(200)));
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(new QueryLimits(limits), new ErrorCodes())))
                .preparsedDocumentProvider(new DocumentCache(limits.documentCacheSize()));
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
