package dev.newsgraph.ingest;

/**
 * Splits a page (digest layout or a single article) into ticker quotes, the date line and articles.
 * Plain Java, thread-safe, no I/O.
 */
public final class PageSplitter {

    /**
     * @throws InvalidPageException when the text holds no article
     */
    public SplitPage split(String text) {
        throw new UnsupportedOperationException("page splitter not written yet");
    }
}
