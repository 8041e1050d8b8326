package dev.newsgraph.extract;

import dev.newsgraph.extract.text.Lexicon;
import dev.newsgraph.extract.text.Tsv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The proper nouns news text about Central Asia uses all the time, from the gazetteer's data: country names,
 * demonyms and capitals with their ISO code ({@code /extract/countries.tsv}), other cities, regions and international
 * organisations ({@code /extract/en/places.txt}), heads of state ({@code /extract/leaders.tsv}). The page splitter
 * uses it to tell a headline (which nearly always names a country, a city or a leader) from a sub-heading, and the
 * quotation recognizer uses it to tell a person's name from a place's.
 *
 * <p>Lookups take one capitalised token as written (a trailing possessive {@code 's} is ignored), or two for the names
 * of two words ("United States", "South Korea"); acronyms such as "US" only in capitals.
 */
public final class PlaceWords {

    /** What a known word names. */
    public record Entry(String code, boolean place, boolean organisation, boolean leader, boolean pairStart) {
        /** A country, capital, demonym, city, region or organisation. */
        public boolean isPlaceOrOrganisation() {
            return code != null || place || organisation;
        }
    }

    /** Every known word (lower case) and what it names; two-word country names under their two words. */
    private static final Map<String, Entry> WORDS = new HashMap<>();
    /** Acronyms that are only a country when written in capitals ("US", not "us"). */
    private static final Set<String> CAPITALS_ONLY = Set.of("us", "uk", "uae", "prc", "usa");

    static {
        Map<String, String> codes = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (String[] row : Tsv.read("/extract/countries.tsv", 5)) {
            String code = row[0].trim();
            for (int col = 2; col <= 4; col++) {
                if ("-".equals(row[col].trim())) {
                    continue;
                }
                String[] forms = row[col].split("\\|");
                for (int f = 0; f < forms.length; f++) {
                    String form = forms[f].strip().toLowerCase(Locale.ROOT);
                    if (form.isEmpty() || form.split(" ").length > 2) {
                        continue;
                    }
                    if (col < 4 || f == 0) {
                        codes.putIfAbsent(form, code); // names, adjectives and the capital name the country
                    } else {
                        places.add(form); // other cities are places, not the country
                    }
                }
            }
        }
        Lexicon lexicon = Lexicon.ofEvery("places");
        places.addAll(lexicon.words("places"));
        Set<String> orgs = lexicon.words("organisations");
        Set<String> heads = new HashSet<>();
        for (String[] row : Tsv.read("/extract/leaders.tsv", 2)) {
            String name = row[0].strip().toLowerCase(Locale.ROOT);
            heads.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        Set<String> pairStarts = new HashSet<>();
        for (String w : codes.keySet()) {
            int inner = w.indexOf(' ');
            if (inner > 0) {
                pairStarts.add(w.substring(0, inner));
            }
        }
        Set<String> all = new HashSet<>(codes.keySet());
        all.addAll(places);
        all.addAll(orgs);
        all.addAll(heads);
        all.addAll(pairStarts);
        for (String w : all) {
            WORDS.put(w, new Entry(codes.get(w), places.contains(w) && !codes.containsKey(w), orgs.contains(w),
                    heads.contains(w), pairStarts.contains(w)));
        }
    }

    private PlaceWords() {
    }


    /** The token without a trailing possessive ({@code Kazakhstan’s} → {@code Kazakhstan}). */
    public static String stripPossessive(String token) {
        int n = token.length();
        if (n > 2 && (token.charAt(n - 2) == '\'' || token.charAt(n - 2) == '’')
                && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')) {
            return token.substring(0, n - 2);
        }
        if (n > 1 && (token.charAt(n - 1) == '\'' || token.charAt(n - 1) == '’')) {
            return token.substring(0, n - 1);
        }
        return token;
    }

    /** What a one-word token names, or {@code null}: one lookup, whatever is asked of the answer. */
    public static Entry lookup(String token) {
        String t = stripPossessive(token);
        if (t.isEmpty()) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        Entry e = WORDS.get(lower);
        if (e == null) {
            return null;
        }
        if (CAPITALS_ONLY.contains(lower) && !t.equals(t.toUpperCase(Locale.ROOT)) || !Character.isUpperCase(t.charAt(0))) {
            return null; // "US", not "us"; "Turkey", "China", not "turkey", "china"
        }
        return e;
    }

    /** ISO code of a one-word country name, demonym or capital, or {@code null}. */
    public static String countryCode(String token) {
        Entry e = lookup(token);
        return e == null ? null : e.code();
    }

    /**
     * ISO code of a two-word country name or capital ("United States", "South Korea", "New Delhi") written as
     * {@code first second}, both capitalised, or {@code null}. {@code firstEntry} is {@code lookup(first)}.
     */
    public static String countryCode(Entry firstEntry, String first, String second) {
        if (firstEntry == null || !firstEntry.pairStart() || second.isEmpty() || !Character.isUpperCase(first.charAt(0))
                || !Character.isUpperCase(second.charAt(0))) {
            return null;
        }
        Entry pair = WORDS.get(first.toLowerCase(Locale.ROOT) + ' ' + stripPossessive(second).toLowerCase(Locale.ROOT));
        return pair == null ? null : pair.code();
    }

    /** True for a country, capital, demonym, city, region or organisation (any capitalisation of a known word). */
    public static boolean isPlaceOrOrganisation(String token) {
        Entry e = lookup(token);
        return e != null && e.isPlaceOrOrganisation();
    }

    /** True for the surname of a well-known head of state or government. */
    public static boolean isLeader(String token) {
        Entry e = lookup(token);
        return e != null && e.leader();
    }
}
