package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("Section")
@Description("A part of an article: an optional sub-heading and its paragraphs (a bullet item is a paragraph).")
public record SectionNode(
        @Description("The sub-heading; null for the part before the first sub-heading.") String heading,
        @NonNull @Description("The paragraphs, in order.") List<@NonNull String> paragraphs) {
}
