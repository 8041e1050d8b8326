package dev.newsgraph.support;

import java.util.List;

/**
 * Pages written for the tests: single articles about a country, each with a figure of several kinds (one of them
 * without a label) and a quotation, made distinct by a serial number so each is a new page.
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
        return article(place, serial);
    }

    /**
     * The same article under a ticker of three currencies whose rates move with {@code serial}, so that the
     * page also yields quotes.
     */
    public static String storyWithTicker(Place place, int serial) {
        String ticker = String.format("• KGS/USD = 0.0%04d 0.1%%%n  • KZT/USD = 0.00%03d -0%%%n  • UZS/USD = 0.00008 0%%%n",
                1100 + serial % 100, 190 + serial % 10);
        return ticker.repeat(3) + "\n" + article(place, serial);
    }

    private static String article(Place place, int serial) {
        return place.name() + " Opens Mountain Road Number " + serial + "\n\n"
                + place.name() + " opened a " + (40 + serial) + "-kilometer mountain road near " + place.capital()
                + " on Monday, the transport ministry said. The project cost $" + (10 + serial)
                + " million and employs " + (300 + serial) + " workers.\n\n"
                + "Traffic on the route rose by " + (5 + serial % 10) + "% in the first week, and officials expect "
                + (2 + serial) + " million " + place.currencyWord() + " in tolls this year.\n\n"
                + "\u201cThis road links two valleys that were cut off every winter,\u201d Minister "
                + place.official() + " said.\n\n"
                + "Work on it went on for two years.\n"; // a figure with nothing to name what it measures: no label
    }
}
