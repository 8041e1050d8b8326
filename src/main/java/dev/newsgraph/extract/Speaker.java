package dev.newsgraph.extract;

import java.util.List;

/**
 * Who said a quotation, as one speaker across articles: a person or an organisation, with what the article says of
 * them.
 *
 * @param kind    person or organisation
 * @param name    the fullest name the article gives (a well-known person's full name for a surname alone)
 * @param key     the name folded for comparison ({@link dev.newsgraph.extract.person.NameMatcher#key}): equal keys,
 *                one speaker
 * @param title   the title or role the article gives the speaker at the quotation (the nearest before it), or null
 * @param titles  every title or role the article gives the speaker, in order of appearance
 * @param country the country the article states for the speaker ("Kazakh Finance Minister", "Kyrgyzstan's Deputy
 *                Prime Minister", "governor of the National Bank of Kazakhstan"), else a well-known person's, else null
 */
public record Speaker(SpeakerKind kind, String name, String key, String title, List<String> titles, String country) {
    public Speaker {
        titles = List.copyOf(titles);
    }
}
