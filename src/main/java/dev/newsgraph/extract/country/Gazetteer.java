package dev.newsgraph.extract.country;

import dev.newsgraph.extract.text.PhraseTable;
import dev.newsgraph.extract.text.Tsv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every ISO 3166-1 country with its names, adjectives and demonyms, capital and (for Central Asia) major
 * cities, read from {@code /extract/countries.tsv}; plus the regions and look-alikes that must not count.
 * Immutable once loaded.
 */
public final class Gazetteer {

    /** What a matched phrase stands for: a country, or nothing (a region or a blocked look-alike). */
    public record Place(String code, CountryHit.Kind kind) {
    }

    /** Phrases that contain a country word but name no country. Matched before countries, longest first. */
    private static final java.util.Set<String> NOT_COUNTRIES = dev.newsgraph.extract.text.Lexicon.ofEvery("countries")
            .wordsAsWritten("not-countries");

    private final PhraseTable<Place> phrases = new PhraseTable<>();
    private final PhraseTable<Place> leaders = new PhraseTable<>();
    private final Map<String, String> currencyByCountry = new LinkedHashMap<>();
    private final Map<String, String> nameByCode = new LinkedHashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] c : Tsv.read("/extract/countries.tsv", 5)) {
            String code = c[0].trim();
            if (!"-".equals(c[1])) {
                g.currencyByCountry.put(code, c[1].trim());
            }
            g.nameByCode.put(code, c[2].split("\\|")[0].trim());
            g.addAll(code, c[2], CountryHit.Kind.NAME);
            g.addAll(code, c[3], CountryHit.Kind.ADJECTIVE);
            g.addAll(code, c[4], CountryHit.Kind.CITY);
        }
        for (String[] c : Tsv.read("/extract/leaders.tsv", 2)) {
            g.leaders.add(c[0].trim(), new Place(c[1].trim(), CountryHit.Kind.LEADER), PhraseTable.CaseRule.EXACT);
        }
        for (String s : NOT_COUNTRIES) {
            g.phrases.add(s.replace('_', ' '), new Place(null, null), PhraseTable.CaseRule.PROPER);
        }
        return g;
    }

    private void addAll(String code, String column, CountryHit.Kind kind) {
        if ("-".equals(column.trim())) {
            return;
        }
        for (String form : column.split("\\|")) {
            String f = form.trim();
            if (!f.isEmpty()) {
                for (String inflected : dev.newsgraph.extract.text.Inflections.forms(f)) {
                    phrases.add(inflected, new Place(code, kind), PhraseTable.CaseRule.PROPER);
                    if (Character.isLowerCase(inflected.charAt(0))) {
                        // a Russian adjective is written in lower case, but capitalised opening a sentence
                        String opening = Character.toUpperCase(inflected.charAt(0)) + inflected.substring(1);
                        phrases.add(opening, new Place(code, kind), PhraseTable.CaseRule.PROPER);
                    }
                }
            }
        }
    }

    public PhraseTable<Place> phrases() {
        return phrases;
    }

    /** Heads of state and government by surname ({@code /extract/leaders.tsv}). */
    public PhraseTable<Place> leaders() {
        return leaders;
    }

    /** The ISO 4217 currency of a country, or {@code null}. */
    public String currencyOf(String code) {
        return currencyByCountry.get(code);
    }

    public String nameOf(String code) {
        return nameByCode.get(code);
    }

    public Map<String, String> names() {
        return Collections.unmodifiableMap(nameByCode);
    }
}
