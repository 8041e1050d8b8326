package dev.newsgraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Section;
import dev.newsgraph.extract.Speaker;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.ArticleCountry;
import dev.newsgraph.model.CountryDirectory;
import dev.newsgraph.model.MentionRole;
import dev.newsgraph.model.Metric;
import dev.newsgraph.model.Page;
import dev.newsgraph.model.PersonStore;
import dev.newsgraph.model.Quotation;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what extraction found into the tables, inside the caller's transaction: the article columns,
 * each article's countries, figures and quotations (each linked to its speaker as a person, through
 * {@link PersonStore}), and the page's ticker quotes. Shared by ingest and re-extraction, which must store
 * extraction results the same way.
 */
@ApplicationScoped
class ExtractionWriter {

    @Inject
    EntityManager em;

    @Inject
    CountryDirectory countries;

    @Inject
    ObjectMapper json;

    /** The day an article of the page is dated: its date line, else the requested date, else the ingest day. */
    static LocalDate publicationDay(SplitPage split, LocalDate requested, LocalDate ingestDay) {
        return split.dateLine() != null ? split.dateLine() : requested != null ? requested : ingestDay;
    }

    /** Sets the article's own columns from its text. */
    void fill(Article a, Page page, int position, ArticleText text, LocalDate publishedOn, String language) {
        a.page = page;
        a.language = language;
        a.position = position;
        a.title = text.title();
        a.publishedOn = publishedOn;
        a.sections = sectionsJson(text);
        a.body = text.text();
        a.contentHash = PageText.sha256(a.body);
    }

    /**
     * Persists the children of the articles, table by table so that the JDBC batches are as long as they
     * can be. The articles must have their ids. Returns the ids of the people the quotations name: once the
     * quotations are flushed, {@link #refreshPeople} works out their titles and counts again.
     */
    Set<Long> writeChildren(List<Article> articles, List<Extraction> extractions) {
        for (int i = 0; i < articles.size(); i++) {
            writeCountries(articles.get(i), extractions.get(i));
        }
        for (int i = 0; i < articles.size(); i++) {
            writeMetrics(articles.get(i), extractions.get(i));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Extraction e : extractions) {
            for (QuotationMention q : e.quotations()) {
                if (q.who() != null) {
                    speakers.add(q.who());
                }
            }
        }
        Map<String, Long> people = speakers.isEmpty() ? Map.of()
                : em.unwrap(Session.class).doReturningWork(c -> PersonStore.ensure(c, speakers));
        for (int i = 0; i < articles.size(); i++) {
            writeQuotations(articles.get(i), extractions.get(i), people);
        }
        return new HashSet<>(people.values());
    }

    /** After the quotations are flushed: the titles, country, count and last day of these people, again. */
    void refreshPeople(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> PersonStore.refresh(c, personIds));
        }
    }

    /** Persists one quote per currency pair of the ticker (the first line of a pair wins). */
    List<QuoteRow> writeQuotes(Page page, List<TickerQuote> ticker, LocalDate asOf) {
        List<QuoteRow> rows = new ArrayList<>();
        Set<String> pairs = new LinkedHashSet<>();
        for (TickerQuote t : ticker) {
            if (!pairs.add(t.base() + "/" + t.quote())) {
                continue;
            }
            Quote q = new Quote();
            q.page = page;
            q.base = t.base();
            q.quote = t.quote();
            q.rate = t.rate();
            q.changePercent = t.changePercent();
            q.asOf = asOf;
            q.countryCode = countries.countryOfCurrency(t.base()).orElse(null);
            em.persist(q);
            rows.add(new QuoteRow(q.id, page.id, q.base, q.quote, q.rate, q.changePercent, q.asOf, q.countryCode, null));
        }
        return rows;
    }

    private void writeCountries(Article a, Extraction found) {
        String primary = known(found.primaryCountry());
        boolean primaryWritten = false;
        for (CountryMention m : found.countries()) {
            String code = known(m.code());
            if (code == null) {
                continue;
            }
            boolean isPrimary = code.equals(primary);
            primaryWritten |= isPrimary;
            em.persist(articleCountry(a, code, isPrimary ? MentionRole.PRIMARY : MentionRole.MENTIONED, m.count()));
        }
        if (primary != null && !primaryWritten) {
            em.persist(articleCountry(a, primary, MentionRole.PRIMARY, 0));
        }
    }

    private static ArticleCountry articleCountry(Article a, String code, MentionRole role, int count) {
        ArticleCountry ac = new ArticleCountry();
        ac.id = new ArticleCountry.Key(a.id, code);
        ac.article = a;
        ac.role = role;
        ac.mentionCount = count;
        ac.publishedOn = a.publishedOn;
        return ac;
    }

    private void writeMetrics(Article a, Extraction found) {
        int position = 0;
        for (MetricMention m : found.metrics()) {
            Metric metric = new Metric();
            metric.article = a;
            metric.position = position++;
            metric.countryCode = known(m.country());
            metric.value = m.value();
            metric.kind = m.kind();
            metric.unit = m.unit();
            metric.surface = m.surface();
            metric.label = m.label();
            metric.sentence = m.sentence();
            metric.startOffset = m.start();
            metric.endOffset = m.end();
            metric.publishedOn = a.publishedOn;
            em.persist(metric);
        }
    }

    private void writeQuotations(Article a, Extraction found, Map<String, Long> people) {
        int position = 0;
        for (QuotationMention m : found.quotations()) {
            Quotation q = new Quotation();
            q.article = a;
            q.position = position++;
            q.speaker = m.speaker();
            q.text = m.text();
            q.startOffset = m.start();
            q.endOffset = m.end();
            q.publishedOn = a.publishedOn;
            Speaker who = m.who();
            if (who != null) {
                q.personId = people.get(who.key());
                q.speakerTitle = who.title();
                q.speakerTitles = who.titles().toArray(new String[0]);
                q.speakerCountry = known(who.country());
            }
            em.persist(q);
        }
    }

    /** The code if it is a country of the directory, else null (a recognizer may know codes the table lacks). */
    String known(String code) {
        return countries.find(code).map(CountryDirectory.Entry::code).orElse(null);
    }

    private String sectionsJson(ArticleText text) {
        ArrayNode array = json.createArrayNode();
        for (Section s : text.sections()) {
            ObjectNode node = array.addObject();
            node.put("heading", s.heading());
            ArrayNode paragraphs = node.putArray("paragraphs");
            s.paragraphs().forEach(paragraphs::add);
        }
        return array.toString();
    }
}
