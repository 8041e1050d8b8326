package dev.newsgraph.support;

import io.restassured.RestAssured;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client on Vert.x' WebSocket client, as a browser's graphql-ws library would talk to the
 * service: connection_init and its ack, subscribe, next/error/complete per operation id, pong to every ping.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private final Vertx vertx;
    private final WebSocketClient client;
    private final WebSocket socket;
    private final Map<String, BlockingQueue<JsonObject>> byOperation = new ConcurrentHashMap<>();
    private final CompletableFuture<Short> closed = new CompletableFuture<>();

    private GraphQLWebSocket(Vertx vertx, WebSocketClient client, WebSocket socket) {
        this.vertx = vertx;
        this.client = client;
        this.socket = socket;
    }

    /** Connects to the application under test and completes the protocol's handshake. */
    public static GraphQLWebSocket connect() {
        return connect(URI.create(RestAssured.baseURI + ":" + RestAssured.port), Map.of());
    }

    /** Connects to {@code base} (http://host:port) with extra upgrade headers. */
    public static GraphQLWebSocket connect(URI base, Map<String, String> headers) {
        Vertx vertx = Vertx.vertx();
        WebSocketClient client = vertx.createWebSocketClient();
        try {
            MultiMap h = MultiMap.caseInsensitiveMultiMap();
            headers.forEach(h::add);
            WebSocket socket = client.connect(new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort())
                            .setURI("/graphql").addSubProtocol("graphql-transport-ws").setHeaders(h))
                    .toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            GraphQLWebSocket ws = new GraphQLWebSocket(vertx, client, socket);
            ws.start();
            return ws;
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("WebSocket connection refused: " + e.getMessage(), e);
        }
    }

    private void start() throws Exception {
        socket.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            String type = m.getString("type");
            if ("ping".equals(type)) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else if (!"pong".equals(type)) {
                queue(m.getString("id", "")).add(m);
            }
        });
        socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
        JsonObject ack = queue("").poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("No connection_ack: " + ack);
        }
    }

    private BlockingQueue<JsonObject> queue(String id) {
        return byOperation.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
    }

    /** Starts operation {@code id}; variables as alternating names and values. */
    public void subscribe(String id, String query, Object... variables) {
        JsonObject vars = new JsonObject();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query).put("variables", vars)).encode());
    }

    /** The next message of operation {@code id} (next, error or complete); fails after {@link #WAIT}. */
    public JsonObject next(String id) {
        try {
            JsonObject m = queue(id).poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("No message for operation " + id + " within " + WAIT);
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The payload's data of the next message of {@code id}, which must be a {@code next} without errors. */
    public JsonObject nextData(String id) {
        JsonObject m = next(id);
        if (!"next".equals(m.getString("type")) || m.getJsonObject("payload").containsKey("errors")) {
            throw new AssertionError("Expected data for " + id + ", got " + m.encode());
        }
        return m.getJsonObject("payload").getJsonObject("data");
    }

    /** Whether a message of {@code id} is waiting now (without waiting for one). */
    public boolean hasMessage(String id) {
        return !queue(id).isEmpty();
    }

    /** Ends operation {@code id} from the client's side. */
    public void complete(String id) {
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "complete").encode());
    }

    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                socket.close((short) 1000).toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // closed anyway below
        } finally {
            client.close();
            vertx.close();
        }
    }
}
