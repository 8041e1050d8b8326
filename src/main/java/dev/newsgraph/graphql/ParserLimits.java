package dev.newsgraph.graphql;

import graphql.parser.ParserOptions;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The parser's limits for operations ({@code newsgraph.graphql.max-tokens}, {@code max-characters}), given to each
 * parse that needs them — the gateway's, and the execution's through its GraphQL context — instead of graphql-java's
 * JVM-wide defaults.
 */
final class ParserLimits {

    private ParserLimits() {
    }

    static ParserOptions current() {
        Config config = ConfigProvider.getConfig();
        int maxTokens = config.getValue("newsgraph.graphql.max-tokens", Integer.class);
        int maxCharacters = config.getValue("newsgraph.graphql.max-characters", Integer.class);
        return ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(maxTokens)
                .maxCharacters(maxCharacters)
                .maxWhitespaceTokens(Math.max(maxTokens * 10, 10_000))
                .maxRuleDepth(200));
    }
}
