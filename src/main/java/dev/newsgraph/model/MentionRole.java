package dev.newsgraph.model;

/** How an article relates to a country it names: the one it is about, or one it mentions besides. */
public enum MentionRole {
    PRIMARY, MENTIONED
}
