package dev.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.model.ArticleCountryRepository;
import dev.newsgraph.model.ArticleCountryRow;
import dev.newsgraph.model.ArticleFilter;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.MentionRole;
import dev.newsgraph.model.MetricRepository;
import dev.newsgraph.model.MetricRow;
import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.QuotationRepository;
import dev.newsgraph.model.QuotationRow;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles and their extracted parts. */
@GraphQLApi
public class ArticleApi {

    static final int MAX_SEARCH_LENGTH = 200;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleCountryRepository articleCountries;

    @Inject
    MetricRepository metrics;

    @Inject
    QuotationRepository quotations;

    @Inject
    Countries countries;

    @Inject
    ObjectMapper json;

    @Query
    @Description("One article by id (its global id, or the number ids were before they were global). NOT_FOUND if "
            + "there is none.")
    public ArticleNode article(@Id @NonNull @Description("The article's id.") String id) {
        Long key = GlobalId.keyOf(id, GlobalId.ARTICLE);
        if (key == null) {
            throw new NotFoundException("No article has the id '" + Countries.abbreviate(id) + "'.");
        }
        return articles.findRowsByIds(List.of(key)).stream().findFirst().map(ArticleNode::of)
                .orElseThrow(() -> new NotFoundException("No article has the id '" + Countries.abbreviate(id) + "'."));
    }

    @Query
    @Description("Articles, newest first unless ordered otherwise; filters combine. With 'search', a full-text "
            + "search over headline and body, best match first.")
    public @NonNull ArticleConnection articles(
            @Description("Only articles naming this country (ISO alpha-2).") @Id String country,
            @DefaultValue("ANY") @Description("With 'country': about it, naming it besides, or both.") MentionRoleFilter role,
            @Description("First publication day, inclusive.") LocalDate from,
            @Description("Last publication day, inclusive.") LocalDate to,
            @Description("Words to search for, in web-search syntax: remittances Russia, \"crypto reserve\", -oil, or.")
            String search,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before,
            @Description("Order of the list: RELEVANCE by default with 'search', else PUBLISHED_DESC.") ArticleOrder orderBy) {
        String code = countries.require(country, "country");
        String words = search == null || search.isBlank() ? null : search.trim();
        if (words != null && words.length() > MAX_SEARCH_LENGTH) {
            throw new BadUserInputException("'search' is longer than " + MAX_SEARCH_LENGTH + " characters.");
        }
        ArticleOrder order = orderBy != null ? orderBy : words != null ? ArticleOrder.RELEVANCE : ArticleOrder.PUBLISHED_DESC;
        if (order == ArticleOrder.RELEVANCE && words == null) {
            throw new BadUserInputException("orderBy: RELEVANCE needs 'search'.");
        }
        PageRequest page = Paging.of(last != null ? null : first, after, last, before, 20, order.toModel());
        ArticleFilter filter = new ArticleFilter(code, role == null ? null : role.toModel(), from, to, words);
        return ArticleConnection.of(articles.listArticles(filter, page), page, filter);
    }

    /** Batched: the snippets of all the edges of a result come from one statement per search. */
    @Description("For a search: the article's text around the matching words, which are wrapped in <mark>…</mark>.")
    public List<String> snippet(@Source List<ArticleEdge> edges) {
        Map<String, List<Long>> idsBySearch = new HashMap<>();
        for (ArticleEdge e : edges) {
            if (e.search() != null) {
                idsBySearch.computeIfAbsent(e.search(), k -> new ArrayList<>()).add(e.node().key());
            }
        }
        Map<String, Map<Long, String>> bySearch = new HashMap<>();
        idsBySearch.forEach((search, ids) -> bySearch.put(search, articles.snippets(ids, search)));
        List<String> out = new ArrayList<>(edges.size());
        for (ArticleEdge e : edges) {
            out.add(e.search() == null ? null : bySearch.get(e.search()).get(e.node().key()));
        }
        return out;
    }

    /** Batched: one count statement per distinct filter among the connections of a result. */
    @Description("How many articles the whole list holds.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<ArticleConnection> connections) {
        Map<ArticleFilter, List<String>> countriesByFilter = new HashMap<>();
        Map<ArticleFilter, List<Long>> peopleByFilter = new HashMap<>();
        Map<ArticleFilter, Long> plainCounts = new HashMap<>();
        for (ArticleConnection c : connections) {
            ArticleFilter f = c.filter();
            if (f.person() != null) {
                peopleByFilter.computeIfAbsent(f.forPerson(null), k -> new ArrayList<>()).add(f.person());
            } else if (f.country() == null || f.search() != null) {
                plainCounts.computeIfAbsent(f, articles::countArticles);
            } else {
                countriesByFilter.computeIfAbsent(f.forCountry(null), k -> new ArrayList<>()).add(f.country());
            }
        }
        Map<ArticleFilter, Map<String, Long>> countryCounts = new HashMap<>();
        countriesByFilter.forEach((f, codes) -> countryCounts.put(f, articles.countStoriesByCountries(codes, f)));
        Map<ArticleFilter, Map<Long, Long>> personCounts = new HashMap<>();
        peopleByFilter.forEach((f, ids) -> personCounts.put(f, articles.countByPersons(ids.stream().distinct().toList(), f)));
        List<Integer> out = new ArrayList<>(connections.size());
        for (ArticleConnection c : connections) {
            ArticleFilter f = c.filter();
            long n = f.person() != null ? personCounts.get(f.forPerson(null)).getOrDefault(f.person(), 0L)
                    : f.country() == null || f.search() != null ? plainCounts.get(f)
                    : countryCounts.get(f.forCountry(null)).getOrDefault(f.country(), 0L);
            out.add((int) n);
        }
        return out;
    }

    /** Batched: the sections of all the articles in a result come from one statement. */
    @Description("The article's sections in order: the lead, then one per sub-heading.")
    public @NonNull List<@NonNull List<@NonNull SectionNode>> sections(@Source List<ArticleNode> sources) {
        Map<Long, String> byId = articles.sectionsByIds(keys(sources));
        List<List<SectionNode>> out = new ArrayList<>(sources.size());
        for (ArticleNode a : sources) {
            out.add(parseSections(byId.get(a.key())));
        }
        return out;
    }

    /** Batched: one statement for the primary country of all the articles in a result. */
    @Description("The country the article is mainly about, if one stands out.")
    public List<CountryNode> primaryCountry(@Source List<ArticleNode> sources) {
        Map<Long, List<ArticleCountryRow>> byArticle = articleCountries.listByArticles(keys(sources));
        List<CountryNode> out = new ArrayList<>(sources.size());
        for (ArticleNode a : sources) {
            out.add(byArticle.getOrDefault(a.key(), List.of()).stream()
                    .filter(r -> r.role() == MentionRole.PRIMARY).findFirst()
                    .map(r -> countries.node(r.countryCode())).orElse(null));
        }
        return out;
    }

    /** Batched: one statement for the countries of all the articles in a result. */
    @Description("Every country the article names (by name, adjective or capital), the primary first.")
    public @NonNull List<@NonNull List<@NonNull CountryNode>> countries(@Source List<ArticleNode> sources) {
        Map<Long, List<ArticleCountryRow>> byArticle = articleCountries.listByArticles(keys(sources));
        List<List<CountryNode>> out = new ArrayList<>(sources.size());
        for (ArticleNode a : sources) {
            out.add(byArticle.getOrDefault(a.key(), List.of()).stream()
                    .map(r -> countries.node(r.countryCode())).toList());
        }
        return out;
    }

    /** Batched: one statement for the figures of all the articles in a result. */
    @Description("The figures reported in the article, in text order.")
    public @NonNull List<@NonNull List<@NonNull MetricNode>> metrics(
            @Source List<ArticleNode> sources,
            @Description("Only figures of this kind.") FigureKind kind,
            @Description("At most this many figures per article (at most 100); all when omitted.") Integer first) {
        return metrics(sources, kind, first, Lookahead.ALL);
    }

    /** As above, reading the figures' sentences and USD values only when the query selects them. */
    List<List<MetricNode>> metrics(List<ArticleNode> sources, FigureKind kind, Integer first, Lookahead lookahead) {
        if (first != null && (first < 0 || first > Paging.MAX_PAGE_SIZE)) {
            throw new BadUserInputException("'first' must be between 0 and " + Paging.MAX_PAGE_SIZE + "; it was " + first + ".");
        }
        Map<Long, List<MetricRow>> byArticle = metrics.listByArticles(keys(sources), kind == null ? null : kind.toModel(),
                first, lookahead.selects("sentence"), lookahead.selects("usd"));
        List<List<MetricNode>> out = new ArrayList<>(sources.size());
        for (ArticleNode a : sources) {
            out.add(byArticle.getOrDefault(a.key(), List.of()).stream().map(MetricNode::of).toList());
        }
        return out;
    }

    /** Batched: one statement for the quotations of all the articles in a result. */
    @Description("Direct speech quoted in the article, in text order.")
    public @NonNull List<@NonNull List<@NonNull QuotationNode>> quotations(@Source List<ArticleNode> sources) {
        Map<Long, List<QuotationRow>> byArticle = quotations.listByArticles(keys(sources));
        List<List<QuotationNode>> out = new ArrayList<>(sources.size());
        for (ArticleNode a : sources) {
            out.add(byArticle.getOrDefault(a.key(), List.of()).stream().map(QuotationNode::of).toList());
        }
        return out;
    }

    /** Batched: one statement for the article of every quotation in a result. */
    @Description("The article the quotation comes from.")
    public @NonNull List<@NonNull ArticleNode> article(@Source List<QuotationNode> sources) {
        return articlesByKey(sources.stream().map(QuotationNode::articleKey).toList());
    }

    /** The articles with these ids, in the same order (ids may repeat). */
    List<ArticleNode> articlesByKey(List<Long> keys) {
        Map<Long, ArticleNode> byId = new HashMap<>();
        for (ArticleRow r : articles.findRowsByIds(keys.stream().distinct().toList())) {
            byId.put(r.id(), ArticleNode.of(r));
        }
        return keys.stream().map(byId::get).toList();
    }

    private static List<Long> keys(List<ArticleNode> sources) {
        return sources.stream().map(ArticleNode::key).distinct().toList();
    }

    private List<SectionNode> parseSections(String sectionsJson) {
        if (sectionsJson == null) {
            return List.of();
        }
        try {
            List<SectionNode> out = new ArrayList<>();
            for (JsonNode s : json.readTree(sectionsJson)) {
                List<String> paragraphs = new ArrayList<>();
                s.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                JsonNode heading = s.get("heading");
                out.add(new SectionNode(heading == null || heading.isNull() ? null : heading.asText(), paragraphs));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored sections are not valid JSON", e);
        }
    }
}
