package dev.newsgraph.graphql;

import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.QuotationRepository;
import dev.newsgraph.model.QuotationRow;
import dev.newsgraph.model.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

@Name("QuotationConnection")
@Description("A page of quotations, newest article first (Relay connection).")
public record QuotationConnection(
        @NonNull @Description("The quotations of this page with their cursors.") List<@NonNull QuotationEdge> edges,
        @NonNull @Description("The quotations of this page.") List<@NonNull QuotationNode> nodes,
        @NonNull @Description("Whether more quotations lie before or after this page.") PageInfo pageInfo,
        @Ignore long personKey,
        @Ignore QuotationRepository.Filter filter) {

    static QuotationConnection of(Slice<QuotationRow> slice, PageRequest page, long personKey, QuotationRepository.Filter filter) {
        List<QuotationEdge> edges = new ArrayList<>(slice.rows().size());
        List<QuotationNode> nodes = new ArrayList<>(slice.rows().size());
        for (QuotationRow r : slice.rows()) {
            QuotationNode node = QuotationNode.of(r);
            nodes.add(node);
            edges.add(new QuotationEdge(Cursor.encode(r.keyset()), node));
        }
        return new QuotationConnection(edges, nodes, ArticleConnection.pageInfo(edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(), slice.more(), page), personKey, filter);
    }
}
