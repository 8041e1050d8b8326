package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A speaker of quotations across articles: a person, or an organisation (kept apart). Written through
 * {@link PersonStore} (keyed by the matcher's key of the name, concurrent ingests meeting on the unique key); the
 * titles, country, count and last day are worked out from the person's quotations.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public Long id;

    @Column(name = "kind", nullable = false, length = 12)
    public String kind;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "country_code", length = 2)
    public String countryCode;

    @Column(name = "quotation_count", nullable = false)
    public int quotationCount;

    @Column(name = "last_quoted_on")
    public LocalDate lastQuotedOn;
}
