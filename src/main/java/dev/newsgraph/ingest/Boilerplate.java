package dev.newsgraph.ingest;

import dev.newsgraph.extract.text.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of a scraped page that belong to the site, not to an article: navigation ("Read more", "Share",
 * "1 2 3 Next"), listing lines ("Tag Archives: Energy", "Viewing results 1 - 6 of 51"), breadcrumbs, by-lines
 * ("By Aigerim Sadykova", "Written by TCA"), date and time stamps, photo captions and credits, site names and
 * lines without a single word. None of them is a headline or a paragraph.
 *
 * <p>Some navigation lines also close an article ("Continue reading", "Read more"): the line after one of them
 * is very likely the next headline, so {@link #isCloser} tells them apart.
 */
final class Boilerplate {

    /** The words of the rules: {@code /extract/en/boilerplate.txt}. */
    private static final Lexicon WORDS = Lexicon.ofEvery("boilerplate");

    /** Whole lines (lower case, without trailing punctuation and arrows) that are navigation. */
    private static final Set<String> NAVIGATION = WORDS.words("navigation");

    /** Navigation lines after which a new article starts. */
    private static final Set<String> CLOSERS = WORDS.words("closers");

    /** Lines starting with one of these (lower case) are labels, credits or listing lines. */
    private static final String[] PREFIXES = WORDS.words("prefixes").toArray(new String[0]);

    /** Words that mark a short "Name - Site" line as the site's name. */
    private static final Set<String> SITE_WORDS = WORDS.words("site-words");

    /** {@link #PREFIXES} by their first character, so that a line is compared with a few of them only. */
    private static final Map<Character, List<String>> PREFIXES_BY_FIRST = new HashMap<>();

    static {
        for (String p : PREFIXES) {
            PREFIXES_BY_FIRST.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p);
        }
    }

    private static final Pattern PAGE_OF = Pattern.compile("^page\\s\\d{1,5}(?:\\sof\\s\\d{1,5})?$");
    private static final Pattern RESULTS = Pattern.compile(
            "^(?:viewing|showing|displaying)\\s(?:results\\s)?\\d{1,7}\\s?[-–—]\\s?\\d{1,7}\\sof\\s[\\d,]{1,9}(?:\\sresults)?$");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:https?://|www\\.)\\S|\\b[a-z0-9-]{2,40}\\.(?:com|org|net|info|kz|kg|uz|tj|tm|az|ru|ua|io|news|asia)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\S@\\S{2,}\\.[a-z]{2,}");

    /** Words that make up a pager line ("« Previous 1 2 3 … 45 Next »"). */
    private static final Set<String> PAGER_WORDS = WORDS.words("pager-words");

    private Boilerplate() {
    }

    /** True when the line is navigation, a listing line, a by-line, a stamp, a caption or a site name. */
    static boolean isJunk(String line) {
        int n = line.length();
        if (n == 0) {
            return true;
        }
        if (!hasLetter(line)) {
            return true; // "***", "2025", "|", "—"
        }
        if (n > 400) {
            return false; // a paragraph: boilerplate lines are short
        }
        String lower = line.toLowerCase(Locale.ROOT);
        int words = wordCount(line);
        if (n > 240) {
            return isCaption(lower, words) || (words <= 40 && lower.contains("appeared first on"));
        }
        String bare = stripTrailing(lower);
        if (NAVIGATION.contains(bare)) {
            return true;
        }
        if (n <= 200 && words <= 25) {
            List<String> candidates = PREFIXES_BY_FIRST.get(lower.charAt(0));
            if (candidates != null) {
                for (String p : candidates) {
                    if (lower.startsWith(p)) {
                        if (p.equals("page ") && !PAGE_OF.matcher(bare).matches()
                                || p.equals("copyright") && words > 12) {
                            continue;
                        }
                        return true;
                    }
                }
            }
        }
        if (isPlaceDateline(line, false)) {
            return false; // "Baku, Azerbaijan, June 18": the article's dateline, kept with its text
        }
        boolean digit = hasDigit(line);
        return (digit && RESULTS.matcher(bare).matches())
                || isPager(bare)
                || isByline(line, words)
                || (digit && isNameAndDate(line, words))
                || DateLineParser.isStamp(line)
                || (digit && words <= 16 && !endsLikeSentence(line) && DateLineParser.containsStamp(line))
                || isBreadcrumb(line, words)
                || isCaption(lower, words)
                || (words <= 6 && (lower.indexOf('.') >= 0 || lower.indexOf('@') >= 0)
                && (DOMAIN.matcher(lower).find() || EMAIL.matcher(lower).find()))
                || isSiteLine(lower, words)
                || (words <= 40 && lower.contains("appeared first on"))
                || lower.endsWith("'s avatar") || lower.endsWith("’s avatar");
    }

    /** True for navigation that ends an article ("Continue reading", "Read more"). */
    static boolean isCloser(String line) {
        String bare = stripTrailing(line.toLowerCase(Locale.ROOT));
        return CLOSERS.contains(bare) || bare.startsWith("register to read") || bare.startsWith("read more")
                || bare.startsWith("continue reading");
    }

    /**
     * True when a paragraph opens with a place-and-agency dateline, the mark of an article's first paragraph:
     * {@code DUSHANBE (TCA) — …}, {@code ASTANA. KAZINFORM – …}, {@code BISHKEK, June 18 (AKIpress) - …},
     * {@code Baku, Azerbaijan, June 18. …}, {@code TASHKENT, Uzbekistan (UzDaily) —}.
     */
    static boolean hasAgencyPrefix(String paragraph) {
        int limit = Math.min(paragraph.length(), 70);
        int dash = -1;
        for (int i = 1; i < limit; i++) {
            char c = paragraph.charAt(i);
            if ((c == '—' || c == '–' || c == '-') && paragraph.charAt(i - 1) == ' ' && i + 1 < paragraph.length()
                    && paragraph.charAt(i + 1) == ' ') {
                dash = i;
                break;
            }
        }
        if (dash > 0) {
            String head = paragraph.substring(0, dash).strip();
            if (wordCount(head) <= 6) {
                String first = head.split("[ ,.(]", 2)[0];
                if (first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT)) && hasLetter(first)) {
                    return true; // "DUSHANBE (TCA) —", "ASTANA. KAZINFORM –", "BISHKEK, June 18 (AKIpress) -"
                }
                int open = head.indexOf('(');
                if (open > 0 && head.endsWith(")") && open + 1 < head.length()
                        && Character.isUpperCase(head.charAt(open + 1)) && Character.isUpperCase(head.charAt(0))) {
                    return true; // "Tashkent (UzDaily) —"
                }
            }
        }
        return isPlaceDateline(paragraph.length() > 60 ? paragraph.substring(0, 60) : paragraph, true);
    }

    /**
     * True for a place-and-date line such as {@code Baku, Azerbaijan, June 18} or {@code Almaty, March 3, 2025}
     * standing alone, or, when {@code prefixOnly}, at the start of a paragraph up to its first period
     * ({@code Baku, Azerbaijan, June 18. The…}). It is never a headline.
     */
    static boolean isPlaceDateline(String line, boolean prefixOnly) {
        if (line.length() < 8 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        String s = line;
        if (prefixOnly) {
            int dot = line.indexOf(". ");
            if (dot < 0 || dot > 60) {
                return false;
            }
            s = line.substring(0, dot);
        } else if (s.length() > 60) {
            return false;
        }
        int comma = -1;
        for (int k = 0; k < 3; k++) {
            comma = s.indexOf(',', comma + 1);
            if (comma < 0) {
                return false;
            }
            if (wordCount(s.substring(0, comma)) > 4) {
                return false;
            }
            String rest = s.substring(comma + 1).strip();
            if (rest.endsWith(".")) {
                rest = rest.substring(0, rest.length() - 1);
            }
            if (!rest.isEmpty() && DateLineParser.isStamp(rest)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByline(String line, int words) {
        if (words > 9 || endsLikeSentence(line)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("by ") || lower.startsWith("• by "))) {
            return false;
        }
        // every word after "By" is a capitalised name, a joining word, a separator or part of a stamp
        String[] parts = line.split(" ");
        for (int i = 1; i < parts.length; i++) {
            String w = parts[i];
            if (w.isEmpty() || w.equals("and") || w.equals("&") || w.equals("|") || w.equals("-") || w.equals("–")
                    || w.equals("—") || w.equals("in") || w.equals("for") || w.equals("the") || w.equals("of")) {
                continue;
            }
            char c = w.charAt(0);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '@' || c == '(')) {
                return false;
            }
        }
        return parts.length >= 2 && !Character.isDigit(parts[1].charAt(0));
    }

    /** "Almaz Kumenov Jun 18, 2025", "Staff Reporter | 18 June 2025": a few capitalised words, then a date. */
    private static boolean isNameAndDate(String line, int words) {
        if (words > 9 || words < 3) {
            return false;
        }
        String[] parts = line.split(" ");
        for (int cut = 1; cut < parts.length; cut++) {
            if (!Character.isUpperCase(parts[cut - 1].charAt(0)) && !parts[cut - 1].equals("|")
                    && !parts[cut - 1].equals("-") && !parts[cut - 1].equals("–") && !parts[cut - 1].equals("—")) {
                return false; // the part before the date must be a name
            }
            if (cut > 5) {
                return false;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, cut, parts.length));
            if (DateLineParser.isStamp(rest)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPager(String bare) {
        if (bare.length() > 80 || bare.isEmpty()) {
            return false;
        }
        String[] parts = bare.split(" ");
        int numbers = 0;
        boolean word = false;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (isNumber(p)) {
                numbers++;
            } else if (PAGER_WORDS.contains(p)) {
                word = word || Character.isLetter(p.charAt(0));
            } else {
                return false;
            }
        }
        return numbers >= 2 || (numbers >= 1 && word) || (word && numbers == 0 && parts.length <= 3);
    }

    private static boolean isBreadcrumb(String line, int words) {
        if (words > 10 || endsLikeSentence(line)) {
            return false;
        }
        for (String sep : new String[] {" > ", " » ", " › ", " → ", " / ", " | "}) {
            int at = line.indexOf(sep);
            if (at > 0) {
                // every segment is short: "Home > News > Economy", "Economy / Exclusive", "Our People > TCA"
                for (String seg : line.split(Pattern.quote(sep))) {
                    if (wordCount(seg) > 5) {
                        return false;
                    }
                }
                return sep.equals(" > ") || sep.equals(" » ") || sep.equals(" › ") || sep.equals(" → ")
                        || words <= 4;
            }
        }
        return false;
    }

    private static boolean isCaption(String lower, int words) {
        if (words > 40) {
            return false;
        }
        return lower.contains("photo:") || lower.contains("photo credit") || lower.contains("(photo")
                || lower.contains("photo by ") || lower.contains("image:") || lower.contains("image credit")
                || lower.contains("photo courtesy") || lower.contains("image courtesy") || lower.contains("фото:")
                || lower.endsWith("/ photo") || lower.contains("© ") || lower.startsWith("pictured:")
                || lower.contains("(file photo)") || lower.contains("getty images") || lower.contains("shutterstock")
                || lower.contains("depositphotos");
    }

    private static boolean isSiteLine(String lower, int words) {
        if (words > 5 || !(lower.contains(" - ") || lower.contains(" | ") || lower.contains(" – "))) {
            return false;
        }
        // "CPC - Caspian Policy Center", "Kazinform | News", "AKIpress - News Agency"
        for (String w : lower.split("[ |–-]+")) {
            if (SITE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isClosingMark(line.charAt(i))) {
            i--;
        }
        return i >= 0 && (line.charAt(i) == '.' || line.charAt(i) == '!' || line.charAt(i) == '?');
    }

    static boolean isClosingMark(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']';
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Lower-case line without trailing punctuation, arrows and ellipses ("Read more »" → "read more"). */
    private static String stripTrailing(String lower) {
        int end = lower.length();
        while (end > 0) {
            char c = lower.charAt(end - 1);
            if (c == '.' || c == ':' || c == '»' || c == '›' || c == '→' || c == '>' || c == '…' || c == ' '
                    || c == '!' || c == '|' || c == '-' || c == '–' || c == '—') {
                end--;
            } else {
                break;
            }
        }
        int start = 0;
        while (start < end) {
            char c = lower.charAt(start);
            if (c == '«' || c == '‹' || c == '←' || c == '<' || c == ' ' || c == '|') {
                start++;
            } else {
                break;
            }
        }
        return lower.substring(start, end);
    }
}
