package dev.newsgraph.model;

import dev.newsgraph.extract.SpeakerKind;

import java.time.LocalDate;
import java.util.List;

/** A person (or organisation) who speaks in the news, as lists show them. */
public record PersonRow(long id, SpeakerKind kind, String name, List<String> titles, String countryCode,
                        int quotationCount, LocalDate lastQuotedOn) {

    /** Its position in a list of people, last quoted first. */
    public Keyset keyset() {
        return new Keyset(lastQuotedOn, id);
    }
}
