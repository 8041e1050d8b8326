package dev.newsgraph.graphql;

import dev.newsgraph.model.ArticleFilter;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

@Name("ArticleConnection")
@Description("A page of articles, newest first unless ordered otherwise (Relay connection).")
public record ArticleConnection(
        @NonNull @Description("The articles of this page with their cursors.") List<@NonNull ArticleEdge> edges,
        @NonNull @Description("The articles of this page.") List<@NonNull ArticleNode> nodes,
        @NonNull @Description("Whether more articles lie before or after this page.") PageInfo pageInfo,
        @Ignore ArticleFilter filter) {

    static ArticleConnection of(Slice<ArticleRow> slice, PageRequest page, ArticleFilter filter) {
        List<ArticleEdge> edges = new ArrayList<>(slice.rows().size());
        List<ArticleNode> nodes = new ArrayList<>(slice.rows().size());
        for (ArticleRow r : slice.rows()) {
            ArticleNode node = ArticleNode.of(r);
            nodes.add(node);
            edges.add(new ArticleEdge(Cursor.encode(r.keyset(page.order())), node, r.rank(), filter.search()));
        }
        return new ArticleConnection(edges, nodes, pageInfo(edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(), slice.more(), page), filter);
    }

    static PageInfo pageInfo(String start, String end, boolean more, PageRequest page) {
        boolean next = page.backwards() ? page.before() != null : more;
        boolean previous = page.backwards() ? more : page.after() != null;
        return new PageInfo(next, previous, start, end);
    }
}
