package dev.newsgraph.extract;

import dev.newsgraph.extract.country.CountryHit;
import dev.newsgraph.extract.country.CountryRecognizer;
import dev.newsgraph.extract.country.Gazetteer;
import dev.newsgraph.extract.country.PrimaryCountryRule;
import dev.newsgraph.extract.language.TextLanguage;
import dev.newsgraph.extract.metric.CurrencyTable;
import dev.newsgraph.extract.metric.Figure;
import dev.newsgraph.extract.metric.MetricAttribution;
import dev.newsgraph.extract.metric.MetricRecognizer;
import dev.newsgraph.extract.metric.UnitTable;
import dev.newsgraph.extract.quotation.QuotationRecognizer;
import dev.newsgraph.extract.quotation.Speakers;
import dev.newsgraph.extract.text.Doc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every recognizer (countries, metrics, quotations) over one article. Plain Java: no CDI, no
 * database; thread-safe once constructed (the data files are loaded by the constructor).
 *
 * <p>The article's text is tokenised once ({@link Doc}) for countries and metrics; the country recognizer
 * runs first, because the primary country and the country mentions are what each metric's country is
 * decided from.
 */
public final class ArticleExtractor {

    /** Currencies shared by several countries name none of them. */
    private static final Set<String> SHARED_CURRENCIES = Set.of("USD", "EUR", "XOF", "XAF", "XCD", "XPF", "AUD",
            "NZD", "ANG", "CHF", "GBP", "DKK", "NOK", "ILS", "MAD");

    private final Gazetteer gazetteer;
    private final CountryRecognizer countries;
    private final PrimaryCountryRule primaryRule = new PrimaryCountryRule();
    private final MetricRecognizer metrics;
    private final MetricAttribution attribution;
    private final QuotationRecognizer quotations = new QuotationRecognizer();

    public ArticleExtractor() {
        this.gazetteer = Gazetteer.load();
        CurrencyTable currencies = CurrencyTable.load();
        this.countries = new CountryRecognizer(gazetteer, currencies::startsAt);
        this.metrics = new MetricRecognizer(UnitTable.load(), currencies, gazetteer);
        Map<String, String> countryOfCurrency = new HashMap<>();
        for (String code : gazetteer.names().keySet()) {
            String cur = gazetteer.currencyOf(code);
            if (cur != null && !SHARED_CURRENCIES.contains(cur)) {
                countryOfCurrency.putIfAbsent(cur, code);
            }
        }
        this.attribution = new MetricAttribution(Map.copyOf(countryOfCurrency));
    }

    public Extraction extract(ArticleText article) {
        return extract(Doc.of(article), null);
    }

    /**
     * As {@link #extract(ArticleText)}, for an article of a page whose language is known: the article takes it when it
     * is written in the same script (the detector is run once per page, not per article; it costs tens of ms a call).
     */
    public Extraction extract(ArticleText article, String pageLanguage) {
        return extract(Doc.of(article), pageLanguage);
    }

    /** Plain text, blocks separated by line breaks, the first block the headline when {@code hasHeadline}. */
    Extraction extractText(String text, boolean hasHeadline) {
        return extract(Doc.ofText(text, hasHeadline), null);
    }

    private Extraction extract(Doc doc, String pageLanguage) {
        List<CountryHit> hits = countries.find(doc);
        String primary = primaryRule.primary(doc, hits, countries.leaders(doc));
        List<CountryMention> mentioned = primaryRule.mentions(hits);
        List<String> codes = new java.util.ArrayList<>(mentioned.size() + 1);
        if (primary != null) {
            codes.add(primary);
        }
        for (CountryMention m : mentioned) {
            if (!m.code().equals(primary)) {
                codes.add(m.code());
            }
        }
        List<Figure> figures = metrics.find(doc, codes);
        List<MetricMention> found = attribution.attribute(doc, figures, hits, primary);
        return new Extraction(mentioned, primary, found, Speakers.profile(doc.text(), quotations.find(doc.text())),
                TextLanguage.detect(doc.text(), pageLanguage));
    }

    /** The gazetteer's display names by ISO code (for seeding and for tests). */
    public Map<String, String> countryNames() {
        return gazetteer.names();
    }
}
