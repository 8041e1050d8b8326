package dev.newsgraph.model;

import dev.newsgraph.extract.SpeakerKind;

/**
 * Which people a list holds: those with quotations, of one kind, optionally of one country and matching a search.
 *
 * @param search  words of the name or of a title the texts give ("central bank governor"; full-text, web-search
 *                syntax), or a name in any romanisation ("Tokaev" finds Kassym-Jomart Tokayev)
 * @param country ISO alpha-2 code of the country the texts state for them
 */
public record PersonFilter(SpeakerKind kind, String search, String country) {

    public PersonFilter forCountry(String code) {
        return new PersonFilter(kind, search, code);
    }
}
