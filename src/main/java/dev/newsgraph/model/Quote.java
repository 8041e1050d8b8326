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

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A currency quote: read from a page's ticker line and dated by the page, or a row of an uploaded file of rates
 * ({@link QuoteUpload}). Exactly one of {@code page} and {@code upload} is set.
 */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    public Page page;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upload_id")
    public QuoteUpload upload;

    @Column(name = "base", nullable = false, length = 3)
    public String base;

    @Column(name = "quote", nullable = false, length = 3)
    public String quote;

    @Column(name = "rate", nullable = false, precision = 24, scale = 10)
    public BigDecimal rate;

    @Column(name = "change_percent", precision = 12, scale = 4)
    public BigDecimal changePercent;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "country_code", length = 2)
    public String countryCode;
}
