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

/** Direct speech in an article and who said it. */
@Entity
@Table(name = "quotation")
public class Quotation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_seq")
    @SequenceGenerator(name = "quotation_seq", sequenceName = "quotation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "speaker")
    public String speaker;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    /** The person or organisation who said it; null for no one in particular (a source, officials). */
    @Column(name = "person_id")
    public Long personId;

    /** The title the article gives the speaker at the quotation. */
    @Column(name = "speaker_title")
    public String speakerTitle;

    /** Every title the article gives the speaker. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "speaker_titles")
    public String[] speakerTitles;

    /** The country the article states for the speaker. */
    @Column(name = "speaker_country", length = 2)
    public String speakerCountry;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;
}
