package dev.newsgraph.graphql;

import dev.newsgraph.config.NewsGraphConfig;
import dev.newsgraph.ingest.PageCommitted;
import dev.newsgraph.model.ArticleCountryRepository;
import dev.newsgraph.model.ArticleCountryRow;
import dev.newsgraph.model.ArticleRepository;
import dev.newsgraph.model.ArticleRow;
import dev.newsgraph.model.MentionRole;
import dev.newsgraph.model.QuoteRepository;
import dev.newsgraph.model.QuoteRow;
import dev.newsgraph.model.ReadSql;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The subscriptions of this replica and the events they are sent: every page ingested on any replica, heard
 * through {@link dev.newsgraph.ingest.PageNotifications} after its transaction committed, is read once here (its
 * articles with their countries, its quotes: two or three statements, on the primary) and offered to each
 * subscription whose filter it matches. Each subscription answers its events on its own
 * ({@link LiveSubscription}); this class never waits for one. It also keeps the subscriptions of each WebSocket
 * connection within {@code newsgraph.live.max-subscriptions-per-connection}.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    static final String STORY_ADDED = "storyAdded";
    static final String QUOTES_UPDATED = "quotesUpdated";

    @Inject
    NewsGraphConfig config;

    @Inject
    Countries countries;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleCountryRepository articleCountries;

    @Inject
    QuoteRepository quotes;

    @Inject
    ReadSql db;

    @Inject
    GraphQLMetrics metrics;

    /** A storyAdded subscription and what it asked for (null: any). */
    private record Story(LiveSubscription subscription, String country, MentionRole role) {
    }

    /** A quotesUpdated subscription and its base currency (null: any). */
    private record Quotes(LiveSubscription subscription, String base) {
    }

    private final Set<Story> stories = ConcurrentHashMap.newKeySet();
    private final Set<Quotes> quoteWatchers = ConcurrentHashMap.newKeySet();
    /** Active subscriptions per WebSocket connection (as {@link WebSocketGuard} names them). */
    private final Map<String, AtomicInteger> perConnection = new ConcurrentHashMap<>();

    /** The subscription root fields, called straight with the field's arguments and the subscriber's connection. */
    Map<String, DataFetcher<?>> roots() {
        return Map.of(
                "Subscription." + STORY_ADDED, (DataFetcher<Object>) env -> {
                    FieldArguments a = new FieldArguments(env.getArguments());
                    return storyAdded(connection(env), a.string("country"), a.enumeration("role", MentionRoleFilter.class));
                },
                "Subscription." + QUOTES_UPDATED, (DataFetcher<Object>) env ->
                        quotesUpdated(connection(env), new FieldArguments(env.getArguments()).string("base")));
    }

    /**
     * The connection the subscription came over, as {@link WebSocketGuard} stamped it on the upgrade request; Quarkus
     * hands the upgrade's headers to every operation of the connection ({@code httpHeaders} in the GraphQL context,
     * which its own locale resolver reads). Null if there is none.
     */
    @SuppressWarnings("unchecked")
    private static String connection(DataFetchingEnvironment env) {
        Object headers = env.getGraphQlContext().get("httpHeaders");
        if (headers instanceof Map<?, ?> map && map.get(WebSocketGuard.CONNECTION_HEADER) instanceof List<?> values
                && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        return null;
    }

    LiveSubscription storyAdded(String connection, String country, MentionRoleFilter role) {
        String code = countries.require(country, "country");
        MentionRole mentionRole = role == null ? null : role.toModel();
        LiveSubscription s = open(STORY_ADDED, connection);
        stories.add(new Story(s, code, mentionRole));
        return s;
    }

    LiveSubscription quotesUpdated(String connection, String base) {
        if (base != null && !CURRENCY.matcher(base).matches()) {
            throw new BadUserInputException("'base' must be an ISO 4217 code such as KGS; it was '" + Countries.abbreviate(base) + "'.");
        }
        String code = base == null ? null : base.toUpperCase(Locale.ROOT);
        LiveSubscription s = open(QUOTES_UPDATED, connection);
        quoteWatchers.add(new Quotes(s, code));
        return s;
    }

    private LiveSubscription open(String field, String connection) {
        if (connection != null) {
            AtomicInteger count = perConnection.computeIfAbsent(connection, k -> new AtomicInteger());
            int limit = config.live().maxSubscriptionsPerConnection();
            if (count.incrementAndGet() > limit) {
                release(connection, count);
                metrics.subscriptionRefused("per-connection");
                throw new BadUserInputException("This connection has " + limit + " subscriptions already, the most one "
                        + "connection may have; end one (complete) or open another connection.");
            }
        }
        metrics.subscriptionStarted(field);
        return new LiveSubscription(field, config.live().buffer(), Infrastructure.getDefaultWorkerPool(),
                (subscription, dropped) -> ended(subscription, connection, dropped));
    }

    private void ended(LiveSubscription subscription, String connection, boolean dropped) {
        stories.removeIf(s -> s.subscription() == subscription);
        quoteWatchers.removeIf(q -> q.subscription() == subscription);
        if (connection != null) {
            AtomicInteger count = perConnection.get(connection);
            if (count != null) {
                release(connection, count);
            }
        }
        metrics.subscriptionEnded(subscription.field(), dropped);
        if (dropped) {
            LOG.infof("A %s subscriber fell %d events behind and was dropped", subscription.field(), config.live().buffer());
        }
    }

    private void release(String connection, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            perConnection.remove(connection, count);
        }
    }

    /** Active subscriptions of a field on this replica. */
    int active(String field) {
        return field.equals(STORY_ADDED) ? stories.size() : quoteWatchers.size();
    }

    void committed(@Observes PageCommitted event) {
        if (event.change() != PageCommitted.Change.INGESTED || (stories.isEmpty() && quoteWatchers.isEmpty())) {
            return;
        }
        if (!stories.isEmpty()) {
            offerStories(event.pageId());
        }
        if (!quoteWatchers.isEmpty()) {
            offerQuotes(event.pageId());
        }
    }

    /** Batched: the page's articles and their countries in two statements, whatever the number of subscribers. */
    private void offerStories(long pageId) {
        List<ArticleRow> rows = db.onPrimary(() -> articles.listRowsByPage(pageId));
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, List<ArticleCountryRow>> mentions = db.onPrimary(() ->
                articleCountries.listByArticles(rows.stream().map(ArticleRow::id).toList()));
        for (ArticleRow row : rows) {
            ArticleNode node = ArticleNode.of(row);
            List<ArticleCountryRow> named = mentions.getOrDefault(row.id(), List.of());
            for (Story s : stories) {
                if (matches(s, named) && s.subscription().offer(node)) {
                    metrics.subscriptionEvent(STORY_ADDED);
                }
            }
        }
    }

    private static boolean matches(Story s, List<ArticleCountryRow> named) {
        if (s.country() == null) {
            return true;
        }
        for (ArticleCountryRow c : named) {
            if (c.countryCode().equals(s.country()) && (s.role() == null || c.role() == s.role())) {
                return true;
            }
        }
        return false;
    }

    private void offerQuotes(long pageId) {
        List<QuoteNode> all = db.onPrimary(() -> quotes.listByPage(pageId)).stream().map(QuoteNode::of).toList();
        if (all.isEmpty()) {
            return;
        }
        for (Quotes q : quoteWatchers) {
            List<QuoteNode> matching = q.base() == null ? all : all.stream().filter(n -> n.base().equals(q.base())).toList();
            if (!matching.isEmpty() && q.subscription().offer(matching)) {
                metrics.subscriptionEvent(QUOTES_UPDATED);
            }
        }
    }
}
