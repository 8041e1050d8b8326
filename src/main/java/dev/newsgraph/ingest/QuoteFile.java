package dev.newsgraph.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a file of currency rates from outside the page tickers: one {@code date,base,quote,rate} row per line, the
 * shape central banks publish ({@code 2025-03-05,USD,KZT,497.53}: one US dollar costs 497.53 tenge). An optional
 * header line {@code date,base,quote,rate}; blank lines are skipped; a field may be in double quotes. The date is
 * written YYYY-MM-DD, the currencies are ISO 4217 codes (any case) and differ, the rate is a positive decimal of at
 * most 14 digits before the point and 10 after it (the precision quotes are stored with). A pair may appear once per
 * day. The first line that breaks a rule refuses the whole file, with a message naming the line and the rule,
 * never what the line holds.
 */
final class QuoteFile {

    /** One row of the file. */
    record Row(LocalDate date, String base, String quote, BigDecimal rate) {
    }

    /** Most rows in one file. */
    static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private QuoteFile() {
    }

    /** The rows of {@code text} (canonical: line breaks are {@code \n}). */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (first && line.replace(" ", "").replace("\"", "").equalsIgnoreCase("date,base,quote,rate")) {
                first = false;
                continue;
            }
            first = false;
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                throw refuse(number, "must have four fields: date,base,quote,rate.");
            }
            LocalDate date = date(field(fields[0]), number);
            String base = currency(field(fields[1]), number, "base");
            String quote = currency(field(fields[2]), number, "quote");
            if (base.equals(quote)) {
                throw refuse(number, "quotes a currency against itself.");
            }
            BigDecimal rate = rate(field(fields[3]), number);
            Integer earlier = seen.putIfAbsent(date + "|" + base + "|" + quote, number);
            if (earlier != null) {
                throw refuse(number, "repeats the date and pair of line " + earlier + ".");
            }
            rows.add(new Row(date, base, quote, rate));
            if (rows.size() > MAX_ROWS) {
                throw new InvalidPageException("A file of rates has at most " + MAX_ROWS + " rows.");
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidPageException("The file holds no rates: one date,base,quote,rate row per line.");
        }
        return rows;
    }

    private static String field(String raw) {
        String f = raw.strip();
        if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
            f = f.substring(1, f.length() - 1).strip();
        }
        return f;
    }

    private static LocalDate date(String s, int line) {
        try {
            LocalDate d = LocalDate.parse(s, DATE);
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                throw refuse(line, "has a date outside 1900-2100.");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw refuse(line, "must start with a date written YYYY-MM-DD.");
        }
    }

    private static String currency(String s, int line, String which) {
        String code = s.toUpperCase(Locale.ROOT);
        if (code.length() != 3 || !CURRENCIES.contains(code)) {
            throw refuse(line, "has a " + which + " currency that is not an ISO 4217 code such as USD.");
        }
        return code;
    }

    private static BigDecimal rate(String s, int line) {
        BigDecimal rate;
        try {
            if (s.length() > 40) {
                throw new NumberFormatException();
            }
            rate = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw refuse(line, "must end with a rate written as a decimal number (497.53).");
        }
        rate = rate.stripTrailingZeros();
        if (rate.signum() <= 0) {
            throw refuse(line, "has a rate that is not above zero.");
        }
        if (rate.precision() - rate.scale() > 14 || rate.scale() > 10) {
            throw refuse(line, "has a rate with more than 14 digits before the point or 10 after it.");
        }
        return rate;
    }

    private static InvalidPageException refuse(int line, String rule) {
        return new InvalidPageException("Line " + line + " " + rule);
    }
}
