package dev.newsgraph.graphql;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.function.Consumer;

/**
 * One GraphQL request over HTTP, as {@link GraphQLGateway} sees it on its way to Quarkus' handler and back: kept
 * in the request's {@link RoutingContext}, so that {@link GraphQLSetup}'s instrumentation can hand it the
 * execution's result (for the read cache and the entity tag) before Quarkus writes the answer.
 */
final class Exchange {

    static final String KEY = Exchange.class.getName();

    final long start;
    /** "query", "mutation", "subscription", or "unknown" before the document was read. */
    String operation = "unknown";
    /** "hit", "miss", or "none" (not cacheable). */
    String cache = "none";
    /** "ok", "errors", "refused", "failed". */
    String outcome = "ok";
    /** Sent by the client as GET (or HEAD): the answer gets Cache-Control and an entity tag. */
    boolean get;
    /** Sent to Quarkus' handler again as a GET made by the gateway (see GraphQLGateway.forward). */
    boolean forwarded;
    boolean recorded;

    /** Called with the execution's final result (errors already coded), on the thread that executed it. */
    Consumer<ExecutionResult> onResult;
    /** Set by {@link #onResult}: the entity tag of the answer, when it has one. */
    String etag;

    Exchange(long start) {
        this.start = start;
    }

    /**
     * The exchange of the HTTP request being executed on this thread, if any (none for work that did not come
     * through the gateway, such as a WebSocket subscription).
     */
    static Exchange current() {
        InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class);
        if (!handle.isAvailable() || !Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext rc = handle.get().getCurrent();
        return rc == null ? null : rc.get(KEY);
    }
}
