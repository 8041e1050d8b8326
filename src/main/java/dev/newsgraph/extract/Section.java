package dev.newsgraph.extract;

import java.util.List;

/**
 * A part of an article: an optional sub-heading ({@code null} for the lead before the first
 * sub-heading) and its paragraphs. A bullet item is a paragraph of its own and keeps its bullet.
 */
public record Section(String heading, List<String> paragraphs) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
