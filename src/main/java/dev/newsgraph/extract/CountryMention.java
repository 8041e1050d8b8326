package dev.newsgraph.extract;

/** A country an article mentions (ISO 3166-1 alpha-2, upper case) and how often. */
public record CountryMention(String code, int count) {
}
