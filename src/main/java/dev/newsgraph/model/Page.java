package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A page as it was received. Its raw text is kept so that improved rules can be re-run over it. */
@Entity
@Table(name = "page")
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 50)
    public Long id;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "text", nullable = false)
    public String text;

    /** ISO 639-1 code of the language most of the page is written in. */
    @Column(name = "language", nullable = false, length = 2)
    public String language;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;
}
