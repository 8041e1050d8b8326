package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The recognizers are plain Java; this makes one shared, thread-safe instance of them a bean. */
public class ExtractorProducer {

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }
}
