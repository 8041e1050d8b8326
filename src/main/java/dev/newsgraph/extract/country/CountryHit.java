package dev.newsgraph.extract.country;

/**
 * One mention of a country in the text.
 *
 * @param code       ISO 3166-1 alpha-2
 * @param kind       how it was named
 * @param firstToken first token of the mention
 * @param endToken   token after the mention
 */
public record CountryHit(String code, Kind kind, int start, int end, int firstToken, int endToken) {

    /** LEADER: a head of state's surname, weighed for the primary country only, never counted as a mention. */
    public enum Kind { NAME, ADJECTIVE, CITY, LEADER }
}
