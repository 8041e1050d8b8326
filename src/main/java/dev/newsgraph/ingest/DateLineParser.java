package dev.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Recognises lines that are only a date or a time stamp.
 *
 * <p>A <em>date line</em> gives a full date: {@code 08 December 2025}, {@code December 8, 2025},
 * {@code 8 Dec 2025}, {@code 2025-12-08}, {@code 08.12.2025}, {@code 2025/12/08}, {@code 8-Dec-2025}, optionally with a weekday ({@code Monday, 8 December
 * 2025}), a label ({@code Updated:}, {@code Published on}) and a clock time before or after it
 * ({@code 18 June 2025, 14:05}, {@code 14:05, 18.06.2025}), and what sites write after it
 * ({@code February 3, 2026 / 10:25 AM / Updated 2 hours ago}). A <em>stamp</em> is any such line and also one without a
 * year ({@code June 18, 14:05}), a bare clock time, a relative time ({@code 2 hours ago}, {@code Yesterday, 09:30}),
 * a view counter or a reading time. The patterns are only tried on short lines, so they cannot backtrack far.
 */
final class DateLineParser {

    private static final int MAX_LINE = 90;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("january", 1), entry("jan", 1), entry("february", 2), entry("feb", 2), entry("march", 3),
            entry("mar", 3), entry("april", 4), entry("apr", 4), entry("may", 5), entry("june", 6), entry("jun", 6),
            entry("july", 7), entry("jul", 7), entry("august", 8), entry("aug", 8), entry("september", 9),
            entry("sep", 9), entry("sept", 9), entry("october", 10), entry("oct", 10), entry("november", 11),
            entry("nov", 11), entry("december", 12), entry("dec", 12),
            // Russian: the genitive of a date ("8 декабря 2025"), the nominative, and the abbreviations
            entry("января", 1), entry("январь", 1), entry("янв", 1), entry("февраля", 2), entry("февраль", 2),
            entry("фев", 2), entry("марта", 3), entry("март", 3), entry("мар", 3), entry("апреля", 4),
            entry("апрель", 4), entry("апр", 4), entry("мая", 5), entry("май", 5), entry("июня", 6), entry("июнь", 6),
            entry("июн", 6), entry("июля", 7), entry("июль", 7), entry("июл", 7), entry("августа", 8),
            entry("август", 8), entry("авг", 8), entry("сентября", 9), entry("сентябрь", 9), entry("сен", 9),
            entry("сент", 9), entry("октября", 10), entry("октябрь", 10), entry("окт", 10), entry("ноября", 11),
            entry("ноябрь", 11), entry("ноя", 11), entry("нояб", 11), entry("декабря", 12), entry("декабрь", 12),
            entry("дек", 12));

    /** The Russian month names of {@link #MONTHS} as regex alternatives, longest first. */
    private static final String RU_MONTH_NAME = String.join("|", MONTHS.keySet().stream()
            .filter(k -> k.charAt(0) > 127).sorted((a, b) -> b.length() - a.length()).toList());

    private static final String MONTH_NAME = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + RU_MONTH_NAME;
    private static final String MONTH = "(?:" + MONTH_NAME + ")\\.?";
    private static final String LABEL = "(?:(?:(?:last\\s)?(?:updated|published|posted|modified|created|date|time)"
            + "(?:\\son)?|опубликовано|обновлено|дата публикации|дата)\\s?:?\\s)?";
    private static final String WEEKDAY = "(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
            + "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)\\.?,?\\s)?";
    private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?"
            + "(?:\\s?(?:gmt|utc|ast|msk)(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?)?)";
    private static final String SEP = "(?:\\s?[,|/•·–—-]?\\s?(?:at\\s|в\\s)?)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

    /** Alternatives of the date itself; each puts day, month and year in its own named groups. */
    private static final String DATE = "(?:"
            + "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(?<m1>" + MONTH_NAME
            + ")\\.?,?\\s(?<y1>\\d{4})(?:\\s?(?:г\\.|года))?"
            + "|(?<m2>" + MONTH_NAME + ")\\.?\\s(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<m3>\\d{1,2})-(?<d3>\\d{1,2})(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
            + "|(?<d4>\\d{1,2})[./](?<m4>\\d{1,2})[./](?<y4>\\d{4})(?:\\s?г\\.)?"
            + "|(?<y5>\\d{4})[/.](?<m5>\\d{1,2})[/.](?<d5>\\d{1,2})"
            + "|(?<d6>\\d{1,2})[-/](?<m6>" + MONTH_NAME + ")\\.?[-/](?<y6>\\d{4})"
            + ")";

    /** What a site writes after the date and time: "/ Updated 2 hours ago", "| Last updated 11:05". */
    private static final String UPDATED = "(?:\\s?[/|•·–—-]\\s?(?:last\\s)?(?:updated|modified|edited)\\b[^/|]{0,40})?";

    private static final Pattern DATE_LINE = Pattern.compile(
            "^" + LABEL + WEEKDAY + "(?:" + TIME + SEP + ")?" + DATE + "(?:" + SEP + TIME + ")?" + UPDATED + "\\.?$");

    /** Day and month without a year ("June 18", "18 June, 14:05"): a stamp, not a date line. */
    private static final Pattern PARTIAL_DATE = Pattern.compile(
            "^" + LABEL + WEEKDAY + "(?:" + TIME + SEP + ")?(?:" + DAY + "\\s" + MONTH + "|" + MONTH + "\\s" + DAY + ")"
                    + "(?:" + SEP + TIME + ")?\\.?$");

    private static final Pattern TIME_ONLY = Pattern.compile("^" + LABEL + "(?:today|yesterday|сегодня|вчера)?" + SEP + TIME + "$");

    private static final Pattern RELATIVE = Pattern.compile(
            "^" + LABEL + "(?:(?:about|over|almost)\\s)?(?:\\d{1,3}|an?|one)\\s(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?"
                    + "|days?|weeks?|months?|years?)\\sago$"
                    + "|^(?:just now|today|yesterday|now|только что|сегодня|вчера)$"
                    + "|^(?:today|yesterday|сегодня|вчера)" + SEP + TIME + "$"
                    + "|^(?:\\d{1,3}\\s)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])\\sназад$"
                    + "|^\\d{1,3}\\s?(?:min|minute|minutes)\\s(?:read|reading)$"
                    + "|^(?:views?|reads?|hits)\\s?:?\\s?[\\d,. ]{1,12}k?$"
                    + "|^[\\d,. ]{1,12}k?\\s(?:views?|reads?|comments?)$");

    /** A relative time or clock time anywhere in a short line ("Fahad Shabbir 3 minutes ago | 11:26 PM"). */
    private static final Pattern STAMP_INSIDE = Pattern.compile(
            "\\b\\d{1,3}\\s(?:min(?:ute)?s?|hours?|hrs?|days?)\\sago\\b|\\b\\d{1,2}:\\d{2}\\b"
                    + "|\\d{1,3}\\s(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\\sназад");

    private DateLineParser() {
    }

    /** The date of a line that is only a full date (with optional weekday, label and time), else null. */
    static LocalDate parse(String line) {
        if (line.length() > MAX_LINE || line.length() < 8 || !hasDigit(line)) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(line.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group("y1") != null) {
                return LocalDate.of(year(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("y2") != null) {
                return LocalDate.of(year(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            }
            if (m.group("y3") != null) {
                return LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
            }
            if (m.group("y5") != null) {
                return LocalDate.of(year(m.group("y5")), Integer.parseInt(m.group("m5")), Integer.parseInt(m.group("d5")));
            }
            if (m.group("y6") != null) {
                return LocalDate.of(year(m.group("y6")), month(m.group("m6")), Integer.parseInt(m.group("d6")));
            }
            int d = Integer.parseInt(m.group("d4"));
            int mo = Integer.parseInt(m.group("m4"));
            if (mo > 12 && d <= 12) { // month/day/year
                int t = d;
                d = mo;
                mo = t;
            }
            return LocalDate.of(year(m.group("y4")), mo, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True for a line that is only a date, a time or a relative time stamp (with or without a year). */
    static boolean isStamp(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        if (!hasDigit(line)) {
            String lower = line.toLowerCase(Locale.ROOT);
            return lower.equals("just now") || lower.equals("today") || lower.equals("yesterday") || lower.equals("now")
                    || lower.equals("только что") || lower.equals("сегодня") || lower.equals("вчера");
        }
        if (Boilerplate.wordCount(line) > 9) {
            return false; // stamps are short
        }
        if (parse(line) != null) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return PARTIAL_DATE.matcher(lower).matches() || TIME_ONLY.matcher(lower).matches()
                || RELATIVE.matcher(lower).matches();
    }

    /** True when a short line carries a clock time or a relative time somewhere in it. */
    static boolean containsStamp(String line) {
        if (line.length() > 160 || !hasDigit(line)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return (lower.indexOf(':') >= 0 || lower.contains(" ago") || lower.contains(" назад")) && STAMP_INSIDE.matcher(lower).find();
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (v < 1900 || v > 2200) {
            throw new DateTimeException("year out of range");
        }
        return v;
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        if (m == null) {
            throw new DateTimeException("no month " + name);
        }
        return m;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
