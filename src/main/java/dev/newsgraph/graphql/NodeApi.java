package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricRepository;
import dev.newsgraph.model.MetricRow;
import dev.newsgraph.model.PersonRepository;
import dev.newsgraph.model.PersonRow;
import dev.newsgraph.model.QuotationRepository;
import dev.newsgraph.model.QuotationRow;
import dev.newsgraph.model.QuoteRepository;
import dev.newsgraph.model.QuoteRow;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Any object by its global id (Relay's Object Identification), so client caches can refetch what they hold. */
@GraphQLApi
public class NodeApi {

    /** The most ids one nodes(ids:) takes, as the most rows a page of a connection holds. */
    static final int MAX_IDS = Paging.MAX_PAGE_SIZE;

    @Inject
    ArticleApi articleApi;

    @Inject
    MetricRepository metrics;

    @Inject
    QuotationRepository quotations;

    @Inject
    QuoteRepository quotes;

    @Inject
    PersonRepository people;

    @Inject
    Countries countries;

    @Query
    @Description("The object with this global id; null when the id names nothing (or nothing any more).")
    public Node node(@Id @NonNull @Description("A global id, as an object's id field gives it.") String id) {
        return nodes(List.of(id)).get(0);
    }

    @Query
    @Description("The objects with these global ids, in the same order; null for an id that names nothing. "
            + "At most 100 ids; one statement per type asked for.")
    public @NonNull List<Node> nodes(@Id @NonNull @Description("Global ids, as objects' id fields give them.")
                                     List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadUserInputException("At most " + MAX_IDS + " ids at once; it was " + ids.size() + ".");
        }
        Map<String, List<Long>> keysByType = new HashMap<>();
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            GlobalId g = GlobalId.parse(id);
            parsed.add(g);
            if (g != null && !g.type().equals(GlobalId.COUNTRY)) {
                keysByType.computeIfAbsent(g.type(), k -> new ArrayList<>()).add(g.number());
            }
        }
        Map<String, Map<Long, Node>> found = new HashMap<>();
        keysByType.forEach((type, keys) -> found.put(type, load(type, keys.stream().distinct().toList())));
        List<Node> out = new ArrayList<>(ids.size());
        for (GlobalId g : parsed) {
            if (g == null) {
                out.add(null);
            } else if (g.type().equals(GlobalId.COUNTRY)) {
                out.add(countries.node(g.key()));
            } else {
                out.add(found.get(g.type()).get(g.number()));
            }
        }
        return out;
    }

    private Map<Long, Node> load(String type, List<Long> keys) {
        return switch (type) {
            case GlobalId.ARTICLE -> byKey(articleApi.articlesByKey(keys), keys, a -> a);
            case GlobalId.METRIC -> index(metrics.findRowsByIds(keys), MetricRow::id, MetricNode::of);
            case GlobalId.QUOTATION -> index(quotations.findRowsByIds(keys), QuotationRow::id, QuotationNode::of);
            case GlobalId.QUOTE -> index(quotes.findRowsByIds(keys), QuoteRow::id, QuoteNode::of);
            case GlobalId.PERSON -> index(people.findRowsByIds(keys), PersonRow::id, PersonNode::of);
            default -> Map.of();
        };
    }

    private static <T> Map<Long, Node> byKey(List<T> inOrder, List<Long> keys, Function<T, Node> node) {
        Map<Long, Node> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            T value = inOrder.get(i);
            if (value != null) {
                out.put(keys.get(i), node.apply(value));
            }
        }
        return out;
    }

    private static <R> Map<Long, Node> index(List<R> rows, Function<R, Long> key, Function<R, Node> node) {
        Map<Long, Node> out = new HashMap<>();
        for (R r : rows) {
            out.put(key.apply(r), node.apply(r));
        }
        return out;
    }
}
