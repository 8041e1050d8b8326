package dev.newsgraph.ingest;

import dev.newsgraph.extract.ArticleText;
import dev.newsgraph.extract.CountryMention;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MetricMention;
import dev.newsgraph.extract.QuotationMention;
import dev.newsgraph.extract.Speaker;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Page;
import dev.newsgraph.model.StoredPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces what is stored for one page with a new extraction, in one transaction. Articles whose headline
 * is unchanged keep their id (clients may hold it); their figures, quotations and countries are replaced.
 */
@ApplicationScoped
class PageRewriter {

    /** What changed on one page. */
    record Change(boolean changed, int articlesAdded, int articlesRemoved, int metricsBefore, int metricsAfter,
                  int quotationsBefore, int quotationsAfter) {
    }

    @Inject
    EntityManager em;

    @Inject
    ExtractionWriter extraction;

    @Inject
    PageNotifications notifications;

    @Transactional
    Change rewrite(StoredPage stored, SplitPage split, List<Extraction> extractions) {
        long pageId = stored.id();
        em.createNativeQuery("select id from page where id = :id for update").setParameter("id", pageId).getResultList();
        List<String> before = storedSignature(pageId);
        List<String> after = newSignature(split, extractions);
        int metricsBefore = count("select count(*) from metric m join article a on a.id = m.article_id where a.page_id = :p", pageId);
        int quotationsBefore = count("select count(*) from quotation q join article a on a.id = q.article_id where a.page_id = :p", pageId);
        int metricsAfter = extractions.stream().mapToInt(e -> e.metrics().size()).sum();
        int quotationsAfter = extractions.stream().mapToInt(e -> e.quotations().size()).sum();
        if (before.equals(after)) {
            return new Change(false, 0, 0, metricsBefore, metricsAfter, quotationsBefore, quotationsAfter);
        }

        @SuppressWarnings("unchecked")
        List<Object> quoted = em.createNativeQuery("select distinct q.person_id from quotation q join article a on a.id = q.article_id"
                + " where a.page_id = :p and q.person_id is not null").setParameter("p", pageId).getResultList();
        Set<Long> people = new HashSet<>();
        quoted.forEach(id -> people.add(((Number) id).longValue()));
        for (String table : List.of("metric", "quotation", "article_country")) {
            em.createNativeQuery("delete from " + table + " where article_id in (select id from article where page_id = :p)")
                    .setParameter("p", pageId).executeUpdate();
        }
        em.createNativeQuery("delete from quote where page_id = :p").setParameter("p", pageId).executeUpdate();
        // Park the old positions out of the way of the new ones (position is unique within a page).
        em.createNativeQuery("update article set position = -1 - position where page_id = :p")
                .setParameter("p", pageId).executeUpdate();

        Map<Long, String> oldTitles = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select id, title from article where page_id = :p order by position desc")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            oldTitles.put(((Number) r[0]).longValue(), (String) r[1]);
        }

        Page page = em.getReference(Page.class, pageId);
        LocalDate publishedOn = ExtractionWriter.publicationDay(split, stored.publishedOn(), stored.ingestedAt().toLocalDate());
        List<Article> written = new ArrayList<>();
        int added = 0;
        List<ArticleText> texts = split.articles();
        Map<Long, Boolean> reused = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            ArticleText text = texts.get(i);
            Long match = oldTitles.entrySet().stream()
                    .filter(e -> !reused.containsKey(e.getKey()) && Objects.equals(e.getValue(), text.title()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            Article a;
            if (match != null) {
                reused.put(match, true);
                a = em.find(Article.class, match);
            } else {
                a = new Article();
                added++;
            }
            extraction.fill(a, page, i, text, publishedOn, extractions.get(i).language());
            if (match == null) {
                em.persist(a);
            }
            written.add(a);
        }
        List<Long> removed = oldTitles.keySet().stream().filter(id -> !reused.containsKey(id)).toList();
        if (!removed.isEmpty()) {
            em.createNativeQuery("delete from article where id in (:ids)").setParameter("ids", removed).executeUpdate();
        }
        em.flush();
        people.addAll(extraction.writeChildren(written, extractions));
        em.createNativeQuery("update page set language = :l where id = :p")
                .setParameter("l", PageWriter.mostCommonLanguage(extractions)).setParameter("p", pageId).executeUpdate();
        extraction.writeQuotes(page, split.quotes(), publishedOn);
        em.flush();
        extraction.refreshPeople(people); // those it no longer names too: their counts and titles drop
        notifications.announce(em, PageCommitted.Change.REPROCESSED, pageId);
        return new Change(true, added, removed.size(), metricsBefore, metricsAfter, quotationsBefore, quotationsAfter);
    }

    private int count(String sql, long pageId) {
        return ((Number) em.createNativeQuery(sql).setParameter("p", pageId).getSingleResult()).intValue();
    }

    /** One line per stored fact of the page, in a fixed order, to compare with a new extraction. */
    @SuppressWarnings("unchecked")
    private List<String> storedSignature(long pageId) {
        List<String> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.title, a.body, a.language from article a where a.page_id = :p order by a.position")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add("A|" + r[0] + "|" + PageText.sha256((String) r[1]) + "|" + r[2]);
        }
        for (Object row : em.createNativeQuery("select a.position, ac.country_code, ac.role, ac.mention_count from article_country ac"
                        + " join article a on a.id = ac.article_id where a.page_id = :p order by a.position, ac.role, ac.country_code")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add("C|" + r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]);
        }
        for (Object row : em.createNativeQuery("select a.position, m.surface, m.value, m.kind, m.unit, m.country_code, m.label,"
                        + " m.start_offset from metric m join article a on a.id = m.article_id where a.page_id = :p"
                        + " order by a.position, m.position")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add("M|" + r[0] + "|" + r[1] + "|" + ((Number) r[2]).doubleValue() + "|" + r[3] + "|" + r[4] + "|" + r[5]
                    + "|" + r[6] + "|" + r[7]);
        }
        for (Object row : em.createNativeQuery("select a.position, q.speaker, q.text, p.kind, p.name_key, q.speaker_title,"
                        + " array_to_string(q.speaker_titles, '|'), q.speaker_country from quotation q join article a"
                        + " on a.id = q.article_id left join person p on p.id = q.person_id where a.page_id = :p"
                        + " order by a.position, q.position")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add("Q|" + r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4] + "|" + r[5] + "|" + r[6] + "|" + r[7]);
        }
        for (Object row : em.createNativeQuery("select base, quote, rate, change_percent from quote where page_id = :p order by id")
                .setParameter("p", pageId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add("X|" + r[0] + "|" + r[1] + "|" + decimal(r[2]) + "|" + decimal(r[3]));
        }
        return out;
    }

    private List<String> newSignature(SplitPage split, List<Extraction> extractions) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.articles().size(); i++) {
            ArticleText t = split.articles().get(i);
            out.add("A|" + t.title() + "|" + PageText.sha256(t.text()) + "|" + extractions.get(i).language());
        }
        for (int i = 0; i < extractions.size(); i++) {
            Extraction e = extractions.get(i);
            String primary = extraction.known(e.primaryCountry());
            List<String> lines = new ArrayList<>();
            boolean primarySeen = false;
            for (CountryMention m : e.countries()) {
                String code = extraction.known(m.code());
                if (code != null) {
                    boolean p = code.equals(primary);
                    primarySeen |= p;
                    lines.add("C|" + i + "|" + code + "|" + (p ? "PRIMARY" : "MENTIONED") + "|" + m.count());
                }
            }
            if (primary != null && !primarySeen) {
                lines.add("C|" + i + "|" + primary + "|PRIMARY|0");
            }
            // the stored rows are read by role (MENTIONED before PRIMARY, alphabetically), then code
            lines.sort((x, y) -> {
                String[] a = x.split("\\|"), b = y.split("\\|");
                int c = a[3].compareTo(b[3]);
                return c != 0 ? c : a[2].compareTo(b[2]);
            });
            out.addAll(lines);
        }
        for (int i = 0; i < extractions.size(); i++) {
            for (MetricMention m : extractions.get(i).metrics()) {
                out.add("M|" + i + "|" + m.surface() + "|" + m.value() + "|" + m.kind() + "|" + m.unit() + "|"
                        + extraction.known(m.country()) + "|" + m.label() + "|" + m.start());
            }
        }
        for (int i = 0; i < extractions.size(); i++) {
            for (QuotationMention q : extractions.get(i).quotations()) {
                Speaker w = q.who();
                out.add("Q|" + i + "|" + q.speaker() + "|" + q.text() + "|"
                        + (w == null ? "null|null|null|null|null" : w.kind() + "|" + w.key() + "|" + w.title() + "|"
                        + String.join("|", w.titles()) + "|" + extraction.known(w.country())));
            }
        }
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (TickerQuote t : split.quotes()) {
            if (pairs.add(t.base() + "/" + t.quote())) {
                out.add("X|" + t.base() + "|" + t.quote() + "|" + decimal(t.rate()) + "|" + decimal(t.changePercent()));
            }
        }
        return out;
    }

    private static String decimal(Object o) {
        return o == null ? "null" : new java.math.BigDecimal(o.toString()).stripTrailingZeros().toPlainString();
    }
}
