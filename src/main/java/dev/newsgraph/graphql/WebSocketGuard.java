package dev.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.config.NewsGraphConfig;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * In front of Quarkus' GraphQL WebSocket handler on {@code /graphql} (which serves graphql-transport-ws): looks at
 * each upgrade request before Quarkus takes the connection.
 * <ul>
 *   <li>Refuses it with {@code 503} when {@code newsgraph.live.max-connections} WebSocket connections are open
 *       already (as Quarkus' HTTP server metrics count them: {@code http.server.websocket.connections}), and with
 *       {@code 401} without an API key when reads are not public.</li>
 *   <li>Names the connection, in a request header that Quarkus hands to every operation of the connection, so that
 *       {@link LiveFeed} can count its subscriptions (any value the client sent is replaced).</li>
 * </ul>
 * Other requests pass untouched.
 */
@ApplicationScoped
public class WebSocketGuard {

    static final String CONNECTION_HEADER = "X-NewsGraph-Connection";
    /**
     * After Quarkus' authentication (-200) and before its authorization (-100) and its GraphQL WebSocket handler
     * (-99), so that the identity is known and the refusal comes before the upgrade.
     */
    private static final int ORDER = -101;

    @Inject
    NewsGraphConfig config;

    @Inject
    GraphQLMetrics metrics;

    @Inject
    GraphQLGateway gateway;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route(gateway.path()).order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String upgrade = rc.request().getHeader(HttpHeaders.UPGRADE);
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            rc.next();
            return;
        }
        if (!config.publicReads() && !(rc.user() instanceof QuarkusHttpUser)) {
            refuse(rc, 401, ErrorCodes.UNAUTHORIZED, "This service needs a valid API key in the X-API-Key header.");
            return;
        }
        int limit = config.live().maxConnections();
        if (metrics.webSocketConnections() >= limit) {
            metrics.subscriptionRefused("connections");
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
            refuse(rc, 503, "TOO_MANY_CONNECTIONS", "This server has " + limit
                    + " subscription connections open, the most it takes; try again later.");
            return;
        }
        rc.request().headers().set(CONNECTION_HEADER, UUID.randomUUID().toString());
        rc.next();
    }

    private void refuse(RoutingContext rc, int status, String code, String message) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code)))));
        } catch (JsonProcessingException e) {
            body = new byte[0];
        }
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }
}
