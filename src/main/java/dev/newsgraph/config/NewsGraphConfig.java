package dev.newsgraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** The service's own settings, all under {@code newsgraph.}; each can be set by environment variable. */
@ConfigMapping(prefix = "newsgraph")
public interface NewsGraphConfig {

    Ingest ingest();

    @WithName("import")
    Import importing();

    interface Ingest {
        /** Largest page accepted, in bytes of UTF-8 text. Env: NEWSGRAPH_INGEST_MAX_PAGE_BYTES. */
        @WithDefault("2097152")
        int maxPageBytes();
    }

    /** What is loaded at start-up: {@code newsgraph.import.*}. */
    interface Import {
        /** Load the bundled sample page at start-up (a no-op once stored). Env: NEWSGRAPH_IMPORT_SAMPLE. */
        @WithDefault("true")
        boolean sample();

        /** A folder whose {@code *.txt} pages are ingested at start-up. Env: NEWSGRAPH_IMPORT_DIR. */
        Optional<String> dir();
    }
}
