package dev.newsgraph.graphql;

import dev.newsgraph.model.MentionRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("MentionRole")
@Description("How a story relates to a country.")
public enum MentionRoleFilter {
    @Description("The story is mainly about the country.")
    PRIMARY,
    @Description("The story names the country but is mainly about another.")
    MENTIONED,
    @Description("Either of the above.")
    ANY;

    MentionRole toModel() {
        return this == ANY ? null : MentionRole.valueOf(name());
    }
}
