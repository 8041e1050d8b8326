package dev.newsgraph.support;

import java.util.List;

/**
 * Pages written for the tests: single articles about a country, each with a figure of several kinds and a
 * quotation, made distinct by a serial number so each is a new page.
 */
public final class TestPages {

    /** Country name, capital, demonym, currency word and a surname for each code the tests use. */
    public record Place(String code, String name, String capital, String people, String currencyWord, String official) {
    }

    public static final List<Place> PLACES = List.of(
            new Place("KG", "Kyrgyzstan", "Bishkek", "Kyrgyz", "som", "Asanov"),
            new Place("KZ", "Kazakhstan", "Astana", "Kazakh", "tenge", "Nurlanov"),
            new Place("UZ", "Uzbekistan", "Tashkent", "Uzbek", "sum", "Karimov"));

    private TestPages() {
    }

    /** A one-article page about {@code place}; {@code serial} makes the text unique. */
    public static String story(Place place, int serial) {
        return place.name() + " Opens Mountain Road Number " + serial + "\n\n"
                + place.name() + " opened a " + (40 + serial) + "-kilometer mountain road near " + place.capital()
                + " on Monday, the transport ministry said. The project cost $" + (10 + serial)
                + " million and employs " + (300 + serial) + " workers.\n\n"
                + "Traffic on the route rose by " + (5 + serial % 10) + "% in the first week, and officials expect "
                + (2 + serial) + " million " + place.currencyWord() + " in tolls this year.\n\n"
                + "\u201cThis road links two valleys that were cut off every winter,\u201d Minister "
                + place.official() + " said.\n";
    }
}
