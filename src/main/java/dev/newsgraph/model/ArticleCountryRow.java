package dev.newsgraph.model;

/** A country an article names, and its role there. */
public record ArticleCountryRow(long articleId, String countryCode, MentionRole role, int mentionCount) {
}
