package dev.newsgraph.extract;

import java.util.List;

/**
 * One article as the page splitter found it: a headline and its sections. The recognizers work on
 * {@link #text()}, and every offset they report points into that string.
 */
public record ArticleText(String title, List<Section> sections) {

    /** Separator between the headline, headings and paragraphs in {@link #text()}. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    public ArticleText {
        sections = List.copyOf(sections);
    }

    /**
     * The canonical text of the article: the headline, then for each section its heading (when it has
     * one) and its paragraphs, joined by {@link #BLOCK_SEPARATOR}.
     */
    public String text() {
        StringBuilder sb = new StringBuilder(title);
        for (Section s : sections) {
            if (s.heading() != null) {
                sb.append(BLOCK_SEPARATOR).append(s.heading());
            }
            for (String p : s.paragraphs()) {
                sb.append(BLOCK_SEPARATOR).append(p);
            }
        }
        return sb.toString();
    }
}
