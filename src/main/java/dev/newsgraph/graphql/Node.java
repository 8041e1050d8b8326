package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's Object Identification: every object a client may want to refetch has an opaque global id, and
 * {@code node(id:)} / {@code nodes(ids:)} fetch it again by that id alone.
 */
@Interface
@Name("Node")
@Description("An object with a global id: node(id:) and nodes(ids:) fetch it again by that id (Relay's Object Identification).")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("Opaque global id, unique across all types.")
    String id();
}
