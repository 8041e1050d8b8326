package dev.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The date a client sends with a page ({@code publishedOn}): a date, or an ISO-8601 date-time whose date is kept as
 * written (a scraper's {@code 2024-03-05T10:22:00+05:00} is the 5th, whatever the offset). Both entry points
 * (the GraphQL input and the REST upload) read it here.
 */
public final class PublishedOn {

    /**
     * {@code 2024-03-05}, {@code 2024-03-05T10:22}, {@code 2024-03-05T10:22:00}, with a fraction of a second of one to
     * nine digits, and an offset ({@code Z}, {@code +05:00}, {@code +0500}, {@code +05}).
     */
    public static final String PATTERN = "uuuu-MM-dd['T'HH:mm[:ss[.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S]][XXX][XX][X]]";

    /** What a client is told when the value is none of the accepted forms; it never repeats the value. */
    public static final String ACCEPTED = "publishedOn must be a date (YYYY-MM-DD) or an ISO-8601 date-time "
            + "(2024-03-05T10:22:00+05:00).";

    /** The same for any argument: dates are dates, publishedOn also a date-time. */
    public static final String DATES = "dates are written YYYY-MM-DD; publishedOn also takes an ISO-8601 date-time "
            + "(2024-03-05T10:22:00+05:00)";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

    private PublishedOn() {
    }

    /** The date of {@code value}, or {@code null} when it is blank. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FORMAT.parse(value.trim(), LocalDate::from);
        } catch (DateTimeParseException e) {
            throw new InvalidPageException(ACCEPTED);
        }
    }
}
