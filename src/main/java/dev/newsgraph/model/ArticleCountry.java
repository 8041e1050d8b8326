package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A country an article names, with its role; {@code publishedOn} is the article's, copied for paging. */
@Entity
@Table(name = "article_country")
public class ArticleCountry {

    @EmbeddedId
    public Key id;

    @MapsId("articleId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10)
    public MentionRole role;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "article_id")
        public Long articleId;

        @Column(name = "country_code", length = 2)
        public String countryCode;

        public Key() {
        }

        public Key(Long articleId, String countryCode) {
            this.articleId = articleId;
            this.countryCode = countryCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(countryCode, k.countryCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, countryCode);
        }
    }
}
