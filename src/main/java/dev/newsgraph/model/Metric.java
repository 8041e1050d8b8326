package dev.newsgraph.model;

import dev.newsgraph.extract.MetricKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A numeric figure extracted from an article, traceable to its text by the offsets. */
@Entity
@Table(name = "metric")
public class Metric {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metric_seq")
    @SequenceGenerator(name = "metric_seq", sequenceName = "metric_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "country_code", length = 2)
    public String countryCode;

    @Column(name = "value", nullable = false)
    public double value;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    public MetricKind kind;

    @Column(name = "unit", length = 100)
    public String unit;

    @Column(name = "surface", nullable = false)
    public String surface;

    @Column(name = "label")
    public String label;

    @Column(name = "sentence", nullable = false)
    public String sentence;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;
}
