package dev.newsgraph.graphql;

import dev.newsgraph.extract.SpeakerKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("SpeakerKind")
@Description("Who a speaker is.")
public enum SpeakerType {
    @Description("A person, named in the text.")
    PERSON,
    @Description("An organisation that speaks (a ministry, a bank, a company, a country), kept apart from people.")
    ORGANISATION;

    SpeakerKind toModel() {
        return SpeakerKind.valueOf(name());
    }

    static SpeakerType of(SpeakerKind kind) {
        return valueOf(kind.name());
    }
}
