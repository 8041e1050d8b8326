package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** One article of a page: headline, sections, and the canonical body the extraction offsets point into. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false)
    public Page page;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "title", nullable = false)
    public String title;

    /** ISO 639-1 code of the language the article is written in; it picks the search configuration too. */
    @Column(name = "language", nullable = false, length = 2)
    public String language;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    /** The sections as JSON: {@code [{"heading": "...", "paragraphs": ["..."]}]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections", nullable = false, columnDefinition = "jsonb")
    public String sections;

    @Column(name = "body", nullable = false)
    public String body;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;
}
