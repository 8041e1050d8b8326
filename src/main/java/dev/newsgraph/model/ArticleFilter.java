package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * Which articles a list holds. Every field is optional.
 *
 * @param country ISO alpha-2 code the articles name
 * @param role    PRIMARY: the articles about the country; MENTIONED: those naming it besides; null: both
 * @param from    first publication day, inclusive
 * @param to      last publication day, inclusive
 * @param search  full-text search in web-search syntax ("remittances Russia", "\"crypto reserve\"", "-oil")
 * @param person  the id of a person the articles quote
 */
public record ArticleFilter(String country, MentionRole role, LocalDate from, LocalDate to, String search, Long person) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null);

    public ArticleFilter(String country, MentionRole role, LocalDate from, LocalDate to, String search) {
        this(country, role, from, to, search, null);
    }

    public ArticleFilter forCountry(String code) {
        return new ArticleFilter(code, role, from, to, search, person);
    }

    public ArticleFilter forPerson(Long id) {
        return new ArticleFilter(country, role, from, to, search, id);
    }
}
