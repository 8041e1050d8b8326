package dev.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsgraph.config.NewsGraphConfig;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thin layer in front of Quarkus' SmallRye GraphQL handler on {@code /graphql}, which executes every operation.
 * The layer adds what that handler has not, and passes the request on:
 * <ul>
 *   <li>every refusal (wrong method, unreadable body, syntax error, a mutation over GET, a body over the limit) as
 *       a GraphQL error with {@code extensions.code} and a 4xx, before anything executes;</li>
 *   <li>Automatic Persisted Queries in Apollo's protocol ({@link PersistedQueries});</li>
 *   <li>the read cache ({@link ResponseCache}): a hit is answered here; a miss is executed by Quarkus' handler
 *       and its answer kept, through {@link GraphQLSetup}'s instrumentation ({@link Exchange});</li>
 *   <li>{@code Cache-Control} and an {@code ETag} on GET, and {@code 304 Not Modified};</li>
 *   <li>request timings ({@link GraphQLMetrics}).</li>
 * </ul>
 * WebSocket upgrades never reach it: Quarkus' WebSocket handler on the same path comes first (after
 * {@link WebSocketGuard}, which limits them).
 * <p>
 * Quarkus 3.33's handler mangles some GET requests: it URL-decodes the already decoded {@code query} and
 * {@code variables} parameters a second time ({@code +} becomes a space, {@code %} fails), strips raw line
 * breaks and tabs from them (a {@code #} comment then swallows the rest of the query), and passes the query text
 * as the operation name. Such requests, and those whose query comes from the persisted-query store or from an
 * {@code application/graphql} body, are {@linkplain #forward forwarded}: re-routed as a GET whose parameters
 * survive that handling, with the operation chosen by name left alone in the document.
 * GraphQLGatewayTest covers each case, so a Quarkus upgrade that changes the handling shows there.
 */
@ApplicationScoped
public class GraphQLGateway {

    private static final Logger LOG = Logger.getLogger(GraphQLGateway.class);
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final String APPLICATION_GRAPHQL = "application/graphql";
    /** Bodies up to this size are read on the event loop; larger ones on a worker thread. */
    private static final int INLINE_BODY_BYTES = 64 * 1024;

    @Inject
    ObjectMapper json;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    ResponseCache cache;

    @Inject
    NewsGraphConfig config;

    @Inject
    GraphQLMetrics metrics;

    /** Where Quarkus serves GraphQL ({@code quarkus.smallrye-graphql.root-path}, under the HTTP root). */
    String path;

    @Inject
    void path(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
              @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String httpRoot) {
        String root = httpRoot.endsWith("/") ? httpRoot : httpRoot + "/";
        this.path = rootPath.startsWith("/") ? rootPath : root + rootPath;
    }

    /** Where Quarkus serves GraphQL, e.g. {@code /graphql}. */
    String path() {
        return path;
    }

    /** Parsed documents by query text (or the syntax error as a message), to tell queries from mutations. */
    private final Cache<String, Object> documents = Caffeine.newBuilder().maximumSize(2_000).build();

    void register(@Observes Router router) {
        // Order -1: after Quarkus' filters (CORS, authentication) and its WebSocket handler, before its GraphQL route.
        router.route(path).order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(config.http().maxBodyBytes()))
                .handler(this::handle)
                .failureHandler(this::failure);
    }

    /** A GraphQL request as read from the HTTP request. */
    record Request(String query, String operationName, Map<String, Object> variables, String variablesJson,
                   Map<String, Object> extensions) {
    }

    /** The HTTP answer to a request that is not passed on. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    void handle(RoutingContext rc) {
        Exchange forwarded = rc.get(Exchange.KEY);
        if (forwarded != null && forwarded.forwarded) {
            passOn(rc, forwarded);
            return;
        }
        Exchange x = new Exchange(System.nanoTime());
        rc.put(Exchange.KEY, x);
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.OPTIONS) {
            rc.next(); // Quarkus answers with the allowed methods (CORS preflights never get here)
            return;
        }
        boolean get = method == HttpMethod.GET || method == HttpMethod.HEAD;
        x.get = get;
        try {
            if (!get && method != HttpMethod.POST) {
                rc.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
                throw new Refusal(405, ErrorCodes.BAD_USER_INPUT, "Use POST, or GET for queries.");
            }
            if (!config.publicReads() && !(rc.user() instanceof QuarkusHttpUser)) {
                throw new Refusal(401, ErrorCodes.UNAUTHORIZED, "This service needs a valid API key in the X-API-Key header.");
            }
            if (responseType(rc) == null) {
                throw new Refusal(406, ErrorCodes.BAD_USER_INPUT, "Accept application/json or application/graphql-response+json.");
            }
            Buffer body = rc.body() == null ? null : rc.body().buffer();
            if (!get && body != null && body.length() > INLINE_BODY_BYTES) {
                rc.vertx().<Request>executeBlocking(() -> fromBody(rc, body), false).onComplete(read -> {
                    if (read.succeeded()) {
                        serve(rc, x, read.result());
                    } else {
                        refuse(rc, x, read.cause());
                    }
                });
                return;
            }
            serve(rc, x, get ? fromQueryParameters(rc) : fromBody(rc, body));
        } catch (RuntimeException e) {
            refuse(rc, x, e);
        }
    }

    private void serve(RoutingContext rc, Exchange x, Request request) {
        boolean get = x.get;
        try {
            String query = resolvePersistedQuery(request);
            boolean fromStore = request.query() == null;
            if (query == null || query.isBlank()) {
                throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The request has no query.");
            }
            Document document = document(query);
            OperationDefinition operation = operation(document, request.operationName());
            OperationDefinition.Operation kind = operation.getOperation();
            x.operation = kind.name().toLowerCase();
            if (kind == OperationDefinition.Operation.SUBSCRIPTION) {
                throw new Refusal(400, ErrorCodes.BAD_USER_INPUT,
                        "Subscriptions are served over WebSocket (graphql-transport-ws) at " + path + ".");
            }
            if (get && kind != OperationDefinition.Operation.QUERY) {
                rc.response().putHeader(HttpHeaders.ALLOW, "POST");
                throw new Refusal(405, ErrorCodes.BAD_USER_INPUT, "Only queries may be sent with GET; send mutations with POST.");
            }

            boolean cacheable = kind == OperationDefinition.Operation.QUERY && cache.enabled() && !noCache(rc);
            String cacheKey = cacheable ? cacheKey(query, request) : null;
            if (cacheable) {
                ResponseCache.Entry hit = cache.find(cacheKey).orElse(null);
                if (hit != null) {
                    x.cache = "hit";
                    sendCached(rc, x, get, hit);
                    return;
                }
                x.cache = "miss";
            }
            long generation = cache.generation();
            x.onResult = result -> {
                boolean ok = result.getErrors().isEmpty();
                x.outcome = ok ? "ok" : "errors";
                if (ok && (get || cacheKey != null)) {
                    byte[] bytes = Answers.toJson(result.toSpecification());
                    x.etag = Answers.etag(bytes);
                    if (cacheKey != null) {
                        cache.put(cacheKey, new ResponseCache.Entry(bytes, x.etag), generation);
                    }
                }
            };

            boolean pruned = request.operationName() != null && document.getDefinitionsOfType(OperationDefinition.class).size() > 1;
            if (fromStore || isApplicationGraphql(rc) || rc.request().method() == HttpMethod.HEAD
                    || (get && (request.operationName() != null || mangledByQuarkus(query) || mangledByQuarkus(request.variablesJson())))) {
                forward(rc, x, pruned ? AstPrinter.printAstCompact(only(document, operation)) : query, request);
            } else {
                passOn(rc, x);
            }
        } catch (RuntimeException e) {
            refuse(rc, x, e);
        }
    }

    /** Hands the request to Quarkus' GraphQL handler, with the headers and timing of the answer arranged. */
    private void passOn(RoutingContext rc, Exchange x) {
        boolean get = x.get;
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            if (x.cache.equals("miss")) {
                response.putHeader("X-Cache", "MISS");
            }
            if (get && response.getStatusCode() == 200) {
                int maxAge = config.http().maxAge();
                boolean tagged = x.etag != null;
                response.putHeader(HttpHeaders.CACHE_CONTROL, tagged && maxAge > 0 ? "public, max-age=" + maxAge : "no-cache");
                if (tagged) {
                    response.putHeader(HttpHeaders.ETAG, x.etag);
                }
            } else {
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            if (response.getStatusCode() >= 500) {
                x.outcome = "failed";
            }
            record(x);
        });
        rc.next();
    }

    /**
     * Re-routes the request to Quarkus' handler as a GET whose parameters reach the execution as they are: each
     * encoded twice, as that handler decodes them twice; no line breaks left raw; no operation name (the
     * document holds only the chosen operation). The exchange goes along, marked, so the second pass only passes
     * it on. A mutation from a POST may go this way: the gateway checked its method already.
     */
    private void forward(RoutingContext rc, Exchange x, String query, Request request) {
        StringBuilder uri = new StringBuilder(path).append("?query=").append(twice(query));
        String variables = request.variablesJson();
        if (variables == null && request.variables() != null && !request.variables().isEmpty()) {
            try {
                variables = json.writeValueAsString(request.variables());
            } catch (JsonProcessingException e) {
                throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "'variables' must be a JSON object.");
            }
        }
        if (variables != null) {
            uri.append("&variables=").append(twice(variables));
        }
        x.forwarded = true;
        rc.reroute(HttpMethod.GET, uri.toString());
    }

    private static String twice(String value) {
        return URLEncoder.encode(URLEncoder.encode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Whether Quarkus' GET handling would change this parameter (see the class comment). */
    static boolean mangledByQuarkus(String parameter) {
        if (parameter == null) {
            return false;
        }
        for (int i = 0, n = parameter.length(); i < n; i++) {
            char c = parameter.charAt(i);
            if (c == '%' || c == '+' || c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /** The document with only {@code operation} and the fragments. */
    private static Document only(Document document, OperationDefinition operation) {
        List<Definition> kept = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d == operation || d instanceof FragmentDefinition) {
                kept.add(d);
            }
        }
        return document.transform(b -> b.definitions(kept));
    }

    // --- reading the request -----------------------------------------------------------------------

    private Request fromQueryParameters(RoutingContext rc) {
        String query = rc.request().getParam("query");
        String operationName = blankToNull(rc.request().getParam("operationName"));
        String variables = blankToNull(rc.request().getParam("variables"));
        Map<String, Object> variableMap = jsonObjectParam(variables, "variables");
        Map<String, Object> extensions = jsonObjectParam(rc.request().getParam("extensions"), "extensions");
        return new Request(query, operationName, variableMap, variableMap == null ? null : variables, extensions);
    }

    @SuppressWarnings("unchecked")
    private Request fromBody(RoutingContext rc, Buffer body) {
        if (body == null || body.length() == 0) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The request body is empty.");
        }
        String mediaType = mediaType(rc.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (mediaType.equals(APPLICATION_GRAPHQL)) {
            return new Request(utf8(body.getBytes()), null, null, null, null);
        }
        if (!mediaType.equals(JSON) && !mediaType.equals(GRAPHQL_RESPONSE_JSON)) {
            throw new Refusal(415, ErrorCodes.BAD_USER_INPUT,
                    "Send the request as application/json (or the query alone as application/graphql).");
        }
        Object parsed;
        try {
            parsed = json.readValue(body.getBytes(), Object.class);
        } catch (java.io.IOException e) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The request body is not valid JSON.");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The request body must be a JSON object.");
        }
        Object query = map.get("query");
        Object operationName = map.get("operationName");
        Object variables = map.get("variables");
        Object extensions = map.get("extensions");
        if ((query != null && !(query instanceof String)) || (operationName != null && !(operationName instanceof String))) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "'query' and 'operationName' must be strings.");
        }
        if ((variables != null && !(variables instanceof Map)) || (extensions != null && !(extensions instanceof Map))) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "'variables' and 'extensions' must be JSON objects.");
        }
        return new Request((String) query, blankToNull((String) operationName), (Map<String, Object>) variables, null,
                (Map<String, Object>) extensions);
    }

    /**
     * The media type of a Content-Type header, lower case, without parameters; of a list (GraphiQL sends
     * {@code application/json, application/json}), the first.
     */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int end = contentType.length();
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if (c == ';' || c == ',') {
                end = i;
                break;
            }
        }
        return contentType.substring(0, end).trim().toLowerCase();
    }

    private static boolean isApplicationGraphql(RoutingContext rc) {
        return rc.request().method() == HttpMethod.POST
                && mediaType(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)).equals(APPLICATION_GRAPHQL);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jsonObjectParam(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Object parsed = json.readValue(value, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (JsonProcessingException e) {
            // fall through
        }
        throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "'" + name + "' must be a JSON object.");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The request body is not valid UTF-8.");
        }
    }

    /** The query of the request, taken from or registered in the persisted-query store. */
    @SuppressWarnings("unchecked")
    private String resolvePersistedQuery(Request request) {
        Object pq = request.extensions() == null ? null : request.extensions().get("persistedQuery");
        if (pq == null) {
            return request.query();
        }
        if (!(pq instanceof Map<?, ?> persisted) || !Integer.valueOf(1).equals(((Map<String, Object>) persisted).get("version"))) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "Unsupported persistedQuery: version 1 is supported.");
        }
        Object hash = persisted.get("sha256Hash");
        if (!(hash instanceof String h) || !PersistedQueries.isHash(h)) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "persistedQuery.sha256Hash must be 64 hex digits.");
        }
        if (request.query() == null) {
            return persistedQueries.find(h).orElseThrow(() ->
                    new Refusal(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"));
        }
        if (!persistedQueries.register(h, request.query())) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "provided sha does not match query");
        }
        return request.query();
    }

    private Document document(String query) {
        Object parsed = documents.get(query, GraphQLGateway::parse);
        if (parsed instanceof String syntaxError) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, syntaxError);
        }
        return (Document) parsed;
    }

    /** The document, or its syntax error as a message; read with the same limits as the execution's. */
    private static Object parse(String query) {
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(ParserLimits.current()).build());
        } catch (InvalidSyntaxException e) {
            return "Invalid GraphQL syntax: " + e.getMessage();
        } catch (RuntimeException e) {
            return "The query could not be parsed.";
        }
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName != null) {
            for (OperationDefinition op : operations) {
                if (operationName.equals(op.getName())) {
                    return op;
                }
            }
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, "The document has no operation named '"
                    + Countries.abbreviate(operationName) + "'.");
        }
        if (operations.size() != 1) {
            throw new Refusal(400, ErrorCodes.BAD_USER_INPUT, operations.isEmpty()
                    ? "The document has no operation." : "The document has several operations: pass 'operationName'.");
        }
        return operations.get(0);
    }

    // --- writing answers ---------------------------------------------------------------------------

    private void sendCached(RoutingContext rc, Exchange x, boolean get, ResponseCache.Entry hit) {
        HttpServerResponse response = rc.response();
        response.putHeader(HttpHeaders.CONTENT_TYPE, responseType(rc));
        response.putHeader("X-Cache", "HIT");
        if (get) {
            int maxAge = config.http().maxAge();
            response.putHeader(HttpHeaders.CACHE_CONTROL, maxAge > 0 ? "public, max-age=" + maxAge : "no-cache");
            response.putHeader(HttpHeaders.ETAG, hit.etag());
            String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (ifNoneMatch != null && matches(ifNoneMatch, hit.etag())) {
                record(x);
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        record(x);
        response.setStatusCode(200).end(Buffer.buffer(hit.body()));
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(etag.substring(2))) {
                return true;
            }
        }
        return false;
    }

    private void refuse(RoutingContext rc, Exchange x, Throwable t) {
        if (t instanceof Refusal r) {
            x.outcome = "refused";
            sendError(rc, x, r.status, r.code, r.getMessage());
        } else {
            x.outcome = "failed";
            LOG.error("GraphQL request failed", t);
            sendError(rc, x, 500, ErrorCodes.INTERNAL, "Internal error.");
        }
    }

    private void sendError(RoutingContext rc, Exchange x, int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code));
        byte[] body;
        try {
            body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
        } catch (JsonProcessingException e) {
            body = "{\"errors\":[{\"message\":\"Internal error.\",\"extensions\":{\"code\":\"INTERNAL\"}}]}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!rc.response().ended()) {
            if (x != null) {
                record(x);
            }
            String type = responseType(rc);
            rc.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, type == null ? JSON + "; charset=UTF-8" : type)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(Buffer.buffer(body));
        }
    }

    private void failure(RoutingContext rc) {
        Exchange x = rc.get(Exchange.KEY);
        if (x == null) {
            x = new Exchange(System.nanoTime());
        }
        x.outcome = "refused";
        int status = rc.statusCode();
        if (status == 413) {
            sendError(rc, x, 413, ErrorCodes.BAD_USER_INPUT, "The request body is over the limit of "
                    + config.http().maxBodyBytes() + " bytes.");
        } else if (status >= 400 && status < 500) {
            sendError(rc, x, status, ErrorCodes.BAD_USER_INPUT, "The request could not be read.");
        } else {
            x.outcome = "failed";
            if (rc.failure() != null) {
                LOG.error("GraphQL request failed", rc.failure());
            }
            sendError(rc, x, 500, ErrorCodes.INTERNAL, "Internal error.");
        }
    }

    /** Records the request's timing once, before its answer is written. */
    private void record(Exchange x) {
        if (!x.recorded) {
            x.recorded = true;
            metrics.request(x.operation, x.cache, x.outcome, System.nanoTime() - x.start);
        }
    }

    /**
     * The answer's media type as Quarkus' handler chooses it: the first acceptable one the client lists, GraphQL's
     * own ({@code application/graphql-response+json}) when it accepts anything; null when it accepts neither.
     */
    static String responseType(RoutingContext rc) {
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return GRAPHQL_RESPONSE_JSON + "; charset=UTF-8";
        }
        for (String candidate : accept.split(",")) {
            String c = candidate.trim();
            if (c.startsWith(JSON) || c.startsWith(GRAPHQL_RESPONSE_JSON) || c.startsWith("application/graphql+json")) {
                return c;
            }
            if (c.startsWith("*/*")) {
                return GRAPHQL_RESPONSE_JSON + "; charset=UTF-8";
            }
        }
        return null;
    }

    private static boolean noCache(RoutingContext rc) {
        String cc = rc.request().getHeader(HttpHeaders.CACHE_CONTROL);
        return cc != null && (cc.contains("no-cache") || cc.contains("no-store"));
    }

    private String cacheKey(String query, Request request) {
        String variables;
        try {
            variables = request.variables() == null ? "" : json.writeValueAsString(request.variables());
        } catch (JsonProcessingException e) {
            variables = String.valueOf(request.variables());
        }
        return PersistedQueries.sha256(query) + '|' + (request.operationName() == null ? "" : request.operationName())
                + '|' + variables;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
