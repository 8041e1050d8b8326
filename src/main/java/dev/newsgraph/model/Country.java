package dev.newsgraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ISO 3166-1 country. The table is seeded by a migration and never written by the service. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "code", length = 2)
    public String code;

    @Column(name = "alpha3", nullable = false, length = 3)
    public String alpha3;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "currency", length = 3)
    public String currency;
}
