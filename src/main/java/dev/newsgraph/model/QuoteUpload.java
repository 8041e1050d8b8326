package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A file of currency rates from outside the page tickers, as it was received; stored once per content hash. */
@Entity
@Table(name = "quote_upload")
public class QuoteUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_upload_seq")
    @SequenceGenerator(name = "quote_upload_seq", sequenceName = "quote_upload_seq", allocationSize = 50)
    public Long id;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** Who published the rates, as the uploader names them; null when not given. */
    @Column(name = "source", length = 100)
    public String source;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;
}
