package dev.newsgraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Optional;

/** The service's own settings, all under {@code newsgraph.}; each can be set by environment variable. */
@ConfigMapping(prefix = "newsgraph")
public interface NewsGraphConfig {

    /**
     * API keys that may write (ingest, reprocess, upload), sent as the X-API-Key header. Several may be
     * given, comma-separated. None by default in production: writes are then refused.
     * Env: NEWSGRAPH_API_KEYS.
     */
    Optional<List<String>> apiKeys();

    /** Whether queries need no key. Env: NEWSGRAPH_PUBLIC_READS. */
    @WithDefault("true")
    boolean publicReads();

    Ingest ingest();

    @WithName("import")
    Import importing();

    Graphql graphql();

    Http http();

    Live live();
    Usd usd();

    interface Ingest {
        /** Largest page accepted, in bytes of UTF-8 text. Env: NEWSGRAPH_INGEST_MAX_PAGE_BYTES. */
        @WithDefault("2097152")
        int maxPageBytes();
    }

    /** Money figures in US dollars: {@code newsgraph.usd.*}. */
    interface Usd {
        /**
         * How many days before a figure's day a quote of its currency may be to convert it; beyond that the figure
         * has no USD value. Env: NEWSGRAPH_USD_WINDOW_DAYS.
         */
        @WithDefault("31")
        int windowDays();
    }

    /** What is loaded at start-up: {@code newsgraph.import.*}. */
    interface Import {
        /** Load the bundled sample page at start-up (a no-op once stored). Env: NEWSGRAPH_IMPORT_SAMPLE. */
        @WithDefault("true")
        boolean sample();

        /** A folder whose {@code *.txt} pages are ingested at start-up. Env: NEWSGRAPH_IMPORT_DIR. */
        Optional<String> dir();
    }

    /** Limits that reject a GraphQL request before it reaches the database: {@code newsgraph.graphql.*}. */
    interface Graphql {
        /** Deepest field nesting allowed. Env: NEWSGRAPH_GRAPHQL_MAX_DEPTH. */
        @WithDefault("12")
        int maxDepth();

        /**
         * Largest estimated number of items a query may return: each list or connection multiplies what is
         * below it by its page size ({@code first}/{@code last}, else its default). Env: NEWSGRAPH_GRAPHQL_MAX_COMPLEXITY.
         */
        @WithDefault("500000")
        int maxComplexity();

        /** Most tokens in one query document. Env: NEWSGRAPH_GRAPHQL_MAX_TOKENS. */
        @WithDefault("5000")
        int maxTokens();

        /** Most characters in one query document. Env: NEWSGRAPH_GRAPHQL_MAX_CHARACTERS. */
        @WithDefault("65536")
        int maxCharacters();

        /** How often one field may be selected (under aliases) in one selection set. Env: NEWSGRAPH_GRAPHQL_MAX_FIELD_REPEATS. */
        @WithDefault("10")
        int maxFieldRepeats();
    }

    /** Subscriptions over WebSocket (graphql-transport-ws at /graphql): {@code newsgraph.live.*}. */
    interface Live {
        /** Most WebSocket connections open at once on /graphql; more are refused (503). Env: NEWSGRAPH_LIVE_MAX_CONNECTIONS. */
        @WithDefault("1000")
        int maxConnections();

        /**
         * Most subscriptions active at once on one connection; more are refused with an error message.
         * Env: NEWSGRAPH_LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION.
         */
        @WithDefault("20")
        int maxSubscriptionsPerConnection();

        /**
         * Events one subscription may have waiting to be answered; beyond that it is a slow subscriber, and it is
         * ended with an error (SLOW_SUBSCRIBER). Env: NEWSGRAPH_LIVE_BUFFER.
         */
        @WithDefault("64")
        int buffer();
    }

    /** GraphQL over HTTP: {@code newsgraph.http.*}. */
    interface Http {
        /** Largest request body on /graphql, in bytes. Env: NEWSGRAPH_HTTP_MAX_BODY_BYTES. */
        @WithDefault("4194304")
        int maxBodyBytes();

        /** max-age of Cache-Control on successful GET queries, in seconds (0: no-cache). Env: NEWSGRAPH_HTTP_MAX_AGE. */
        @WithDefault("30")
        int maxAge();

        /** Automatic persisted queries: most queries kept. Env: NEWSGRAPH_HTTP_APQ_MAX_ENTRIES. */
        @WithDefault("5000")
        int apqMaxEntries();

        /** Automatic persisted queries: most characters of query text kept in all. Env: NEWSGRAPH_HTTP_APQ_MAX_CHARS. */
        @WithDefault("8388608")
        long apqMaxChars();

        /** Keep answers to read queries until the next ingest. Env: NEWSGRAPH_HTTP_CACHE_ENABLED. */
        @WithDefault("true")
        boolean cacheEnabled();

        /** Most bytes of answers the read cache holds. Env: NEWSGRAPH_HTTP_CACHE_MAX_BYTES. */
        @WithDefault("67108864")
        long cacheMaxBytes();

        /**
         * Longest a cached answer is served, in seconds: bounds staleness when another replica ingested.
         * Env: NEWSGRAPH_HTTP_CACHE_TTL.
         */
        @WithDefault("60")
        int cacheTtl();
    }
}
