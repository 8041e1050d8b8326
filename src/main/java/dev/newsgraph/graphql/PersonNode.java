package dev.newsgraph.graphql;

import dev.newsgraph.model.PersonRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Name("Person")
@Description("Someone quoted in the news, one across articles: the same full name once case, accents and romanisation "
        + "variants are folded away (Tokayev = Tokaev). Organisations that speak are kept apart (kind: ORGANISATION).")
public record PersonNode(
        @Id @NonNull @Description("Opaque global id of the person (node(id:) and person(id:) take it).") String id,
        @NonNull @Description("The fullest name the texts gave when the person was first quoted.") String name,
        @NonNull @Description("A person or an organisation.") SpeakerType kind,
        @NonNull @Description("Every title or role the texts give, most often given first ('Deputy Prime Minister', "
                + "'governor of the National Bank').") List<@NonNull String> titles,
        @Description("How many quotations are theirs.") int quotationCount,
        @Description("The newest article day they are quoted on.") LocalDate lastQuotedOn,
        @Ignore long key,
        @Ignore String countryCode) implements Node {

    static PersonNode of(PersonRow r) {
        return new PersonNode(GlobalId.of(GlobalId.PERSON, r.id()), r.name(), SpeakerType.of(r.kind()), r.titles(), r.quotationCount(),
                r.lastQuotedOn(), r.id(), r.countryCode());
    }
}
