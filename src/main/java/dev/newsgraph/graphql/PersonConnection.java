package dev.newsgraph.graphql;

import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.PersonFilter;
import dev.newsgraph.model.PersonRow;
import dev.newsgraph.model.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

@Name("PersonConnection")
@Description("A page of people, last quoted first (Relay connection).")
public record PersonConnection(
        @NonNull @Description("The people of this page with their cursors.") List<@NonNull PersonEdge> edges,
        @NonNull @Description("The people of this page.") List<@NonNull PersonNode> nodes,
        @NonNull @Description("Whether more people lie before or after this page.") PageInfo pageInfo,
        @Ignore PersonFilter filter) {

    static PersonConnection of(Slice<PersonRow> slice, PageRequest page, PersonFilter filter) {
        List<PersonEdge> edges = new ArrayList<>(slice.rows().size());
        List<PersonNode> nodes = new ArrayList<>(slice.rows().size());
        for (PersonRow r : slice.rows()) {
            PersonNode node = PersonNode.of(r);
            nodes.add(node);
            edges.add(new PersonEdge(Cursor.encode(r.keyset()), node));
        }
        return new PersonConnection(edges, nodes, ArticleConnection.pageInfo(edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(), slice.more(), page), filter);
    }
}
