package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricFilter;
import dev.newsgraph.model.MetricRow;
import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

@Name("MetricConnection")
@Description("A page of figures, newest article first (Relay connection).")
public record MetricConnection(
        @NonNull @Description("The figures of this page with their cursors.") List<@NonNull MetricEdge> edges,
        @NonNull @Description("The figures of this page.") List<@NonNull MetricNode> nodes,
        @NonNull @Description("Whether more figures lie before or after this page.") PageInfo pageInfo,
        @Ignore MetricFilter filter) {

    static MetricConnection of(Slice<MetricRow> slice, PageRequest page, MetricFilter filter) {
        List<MetricEdge> edges = new ArrayList<>(slice.rows().size());
        List<MetricNode> nodes = new ArrayList<>(slice.rows().size());
        for (MetricRow r : slice.rows()) {
            MetricNode node = MetricNode.of(r);
            nodes.add(node);
            edges.add(new MetricEdge(Cursor.encode(r.keyset(page.order())), node));
        }
        return new MetricConnection(edges, nodes, ArticleConnection.pageInfo(
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(), slice.more(), page), filter);
    }
}
