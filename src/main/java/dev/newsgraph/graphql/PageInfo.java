package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of a connection sits in the whole list.")
public record PageInfo(
        @Description("More items follow this page.") boolean hasNextPage,
        @Description("More items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page.") String startCursor,
        @Description("Cursor of the last item of the page; pass it as 'after' for the next page.") String endCursor) {
}
