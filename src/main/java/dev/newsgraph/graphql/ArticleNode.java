package dev.newsgraph.graphql;

import dev.newsgraph.model.ArticleRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Name("Article")
@Description("A news story taken from an ingested page, with what was extracted from it.")
public record ArticleNode(
        @Id @NonNull @Description("Opaque global id of the article; article(id:) and node(id:) take it.") String id,
        @NonNull @Description("The headline.") String title,
        @Description("The page's date line, else the date given at ingest, else the day it was ingested.") LocalDate publishedOn,
        @Description("Where the page was scraped from, if known.") String sourceUrl,
        @NonNull @Description("ISO 639-1 code of the language the article is written in (\"en\", \"ru\"), detected from its text.") String language,
        @Ignore long key) implements Node {

    static ArticleNode of(ArticleRow r) {
        return new ArticleNode(GlobalId.of(GlobalId.ARTICLE, r.id()), r.title(), r.publishedOn(), r.sourceUrl(), r.language(), r.id());
    }
}
