package dev.newsgraph.extract;

/**
 * Runs every recognizer (countries, metrics, quotations) over one article. Plain Java: no CDI, no
 * database; thread-safe once constructed (the data files are loaded by the constructor).
 */
public final class ArticleExtractor {

    public Extraction extract(ArticleText article) {
        throw new UnsupportedOperationException("recognizers not written yet");
    }
}
