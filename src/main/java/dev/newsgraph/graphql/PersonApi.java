package dev.newsgraph.graphql;

import dev.newsgraph.extract.SpeakerKind;
import dev.newsgraph.model.ArticleFilter;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.PageRequest;
import dev.newsgraph.model.PersonFilter;
import dev.newsgraph.model.PersonRepository;
import dev.newsgraph.model.PersonRow;
import dev.newsgraph.model.QuotationRepository;
import dev.newsgraph.model.QuotationRow;
import dev.newsgraph.model.Slice;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** People quoted in the news, and what they said. */
@GraphQLApi
public class PersonApi {

    /** The longest search or title filter: a name or a few words. */
    static final int MAX_WORDS = 200;

    @Inject
    PersonRepository people;

    @Inject
    QuotationRepository quotations;

    @Inject
    ArticleRepository articles;

    @Inject
    Countries countries;

    @Query
    @Description("One person (or organisation) by id. NOT_FOUND if there is none.")
    public PersonNode person(@Id @NonNull @Description("The person's id.") String id) {
        Long key = GlobalId.keyOf(id, GlobalId.PERSON);
        if (key == null) {
            throw new NotFoundException("No person has that id.");
        }
        return people.findRowsByIds(List.of(key)).stream().findFirst().map(PersonNode::of)
                .orElseThrow(() -> new NotFoundException("No person has that id."));
    }

    @Query
    @Description("People quoted in the news, last quoted first; filters combine.")
    public @NonNull PersonConnection people(
            @Description("Words of the name or of a title the texts give them (full-text, web-search syntax: \"central "
                    + "bank governor\", minister -deputy), or a name in any romanisation (Tokaev finds Tokayev).") String search,
            @Description("Only people the texts say are of this country (ISO alpha-2).") @Id String country,
            @DefaultValue("PERSON") @Description("People, or organisations that speak.") SpeakerType kind,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 20);
        PersonFilter filter = new PersonFilter(kind == null ? SpeakerKind.PERSON : kind.toModel(), words(search, "search"),
                countries.require(country, "country"));
        return PersonConnection.of(people.listPeople(filter, page), page, filter);
    }

    /** Batched: one statement for the people of all the countries in a result (no N+1). */
    @Description("People the texts say are of this country, last quoted first.")
    public @NonNull List<@NonNull PersonConnection> people(
            @Source List<CountryNode> sources,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 20);
        PersonFilter filter = new PersonFilter(SpeakerKind.PERSON, null, null);
        Map<String, Slice<PersonRow>> byCountry = people.listByCountries(
                sources.stream().map(CountryNode::code).distinct().toList(), filter, page);
        List<PersonConnection> out = new ArrayList<>(sources.size());
        for (CountryNode c : sources) {
            out.add(PersonConnection.of(byCountry.getOrDefault(c.code(), Slice.empty()), page, filter.forCountry(c.code())));
        }
        return out;
    }

    /** Batched: one statement for the quotations of all the people in a result, a page per person. */
    @Description("What they said, newest article first.")
    public @NonNull List<@NonNull QuotationConnection> quotations(
            @Source List<PersonNode> sources,
            @Description("First publication day of the article, inclusive.") LocalDate from,
            @Description("Last publication day of the article, inclusive.") LocalDate to,
            @Description("Only what they said with a title the article gave them there holding these words "
                    + "(full-text: \"central bank governor\", minister).") String title,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 20);
        QuotationRepository.Filter filter = new QuotationRepository.Filter(from, to, words(title, "title"));
        Map<Long, Slice<QuotationRow>> byPerson = quotations.listByPersons(keys(sources), filter, page);
        List<QuotationConnection> out = new ArrayList<>(sources.size());
        for (PersonNode p : sources) {
            out.add(QuotationConnection.of(byPerson.getOrDefault(p.key(), Slice.empty()), page, p.key(), filter));
        }
        return out;
    }

    /** Batched: one statement for the articles of all the people in a result, a page per person. */
    @Description("The articles that quote them, newest first.")
    public @NonNull List<@NonNull ArticleConnection> articles(
            @Source List<PersonNode> sources,
            @Description("First publication day, inclusive.") LocalDate from,
            @Description("Last publication day, inclusive.") LocalDate to,
            @DefaultValue("20") @Description("Page size from the start (at most 100).") Integer first,
            @Description("Cursor to start after.") String after,
            @Description("Page size from the end (at most 100).") Integer last,
            @Description("Cursor to end before.") String before) {
        return articles(sources, from, to, first, after, last, before, Lookahead.ALL);
    }

    /** As above, joining the page only when the query selects an article's source URL. */
    List<ArticleConnection> articles(List<PersonNode> sources, LocalDate from, LocalDate to, Integer first, String after,
                                     Integer last, String before, Lookahead lookahead) {
        PageRequest page = Paging.byDate(last != null ? null : first, after, last, before, 20);
        ArticleFilter filter = new ArticleFilter(null, null, from, to, null);
        Map<Long, Slice<ArticleRow>> byPerson = articles.listByPersons(keys(sources), filter, page,
                lookahead.nodesSelect("sourceUrl"));
        List<ArticleConnection> out = new ArrayList<>(sources.size());
        for (PersonNode p : sources) {
            out.add(ArticleConnection.of(byPerson.getOrDefault(p.key(), Slice.empty()), page, filter.forPerson(p.key())));
        }
        return out;
    }

    /** Free: countries are held in memory. */
    @Description("The country the texts state for them most often ('Kazakh Finance Minister'), else a well-known "
            + "person's; null when none is stated.")
    public List<CountryNode> country(@Source List<PersonNode> sources) {
        return sources.stream().map(p -> countries.node(p.countryCode())).toList();
    }

    /** Batched: one statement for the speaker of every quotation in a result. */
    @Description("Who said it as one person across articles (or an organisation); null for no one in particular (a "
            + "source, officials).")
    public List<PersonNode> person(@Source List<QuotationNode> sources) {
        List<Long> keys = sources.stream().map(QuotationNode::personKey).filter(Objects::nonNull).distinct().toList();
        Map<Long, PersonNode> byId = new HashMap<>();
        for (PersonRow r : people.findRowsByIds(keys)) {
            byId.put(r.id(), PersonNode.of(r));
        }
        return sources.stream().map(q -> q.personKey() == null ? null : byId.get(q.personKey())).toList();
    }

    /** Batched: one count statement per distinct filter among the connections of a result. */
    @Description("How many people the whole list holds.")
    public @NonNull List<@NonNull Integer> totalCount(@Source List<PersonConnection> connections) {
        Map<PersonFilter, List<String>> countriesByFilter = new HashMap<>();
        Map<PersonFilter, Long> plainCounts = new HashMap<>();
        for (PersonConnection c : connections) {
            PersonFilter f = c.filter();
            if (f.country() == null) {
                plainCounts.computeIfAbsent(f, people::countPeople);
            } else {
                countriesByFilter.computeIfAbsent(f.forCountry(null), k -> new ArrayList<>()).add(f.country());
            }
        }
        Map<PersonFilter, Map<String, Long>> countryCounts = new HashMap<>();
        countriesByFilter.forEach((f, codes) -> countryCounts.put(f, people.countByCountries(codes, f)));
        List<Integer> out = new ArrayList<>(connections.size());
        for (PersonConnection c : connections) {
            PersonFilter f = c.filter();
            long n = f.country() == null ? plainCounts.get(f)
                    : countryCounts.get(f.forCountry(null)).getOrDefault(f.country(), 0L);
            out.add((int) n);
        }
        return out;
    }

    /** Batched: one count statement per distinct filter for all the people's quotation lists in a result. */
    @Name("totalCount")
    @Description("How many quotations the whole list holds.")
    public @NonNull List<@NonNull Integer> quotationTotalCount(@Source List<QuotationConnection> connections) {
        Map<QuotationRepository.Filter, List<Long>> peopleByFilter = new HashMap<>();
        for (QuotationConnection c : connections) {
            peopleByFilter.computeIfAbsent(c.filter(), k -> new ArrayList<>()).add(c.personKey());
        }
        Map<QuotationRepository.Filter, Map<Long, Long>> counts = new HashMap<>();
        peopleByFilter.forEach((f, ids) -> counts.put(f, quotations.countByPersons(ids.stream().distinct().toList(), f)));
        List<Integer> out = new ArrayList<>(connections.size());
        for (QuotationConnection c : connections) {
            out.add(counts.get(c.filter()).getOrDefault(c.personKey(), 0L).intValue());
        }
        return out;
    }

    private static List<Long> keys(List<PersonNode> sources) {
        return sources.stream().map(PersonNode::key).distinct().toList();
    }

    /** A blank argument filters nothing; a long one is refused before it reaches the database. */
    private static String words(String words, String argument) {
        if (words == null || words.isBlank()) {
            return null;
        }
        if (words.length() > MAX_WORDS) {
            throw new BadUserInputException("'" + argument + "' is at most " + MAX_WORDS + " characters.");
        }
        return words.strip();
    }
}
