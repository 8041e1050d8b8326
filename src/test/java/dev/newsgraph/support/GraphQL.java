package dev.newsgraph.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Sends the GraphQL operations kept as files under {@code src/test/resources/graphql/}. */
public final class GraphQL {

    private GraphQL() {
    }

    /** The text of {@code graphql/NAME.graphql}. */
    public static String document(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQL.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API key the tests write with (configured for the test profile and the packaged-jar tests). */
    public static final String API_KEY = "test-key";

    /** Posts the named operation, with the test API key, and variables as alternating names and values. */
    public static ValidatableResponse post(String name, Object... variables) {
        return postQuery(document(name), variables);
    }

    public static ValidatableResponse postQuery(String query, Object... variables) {
        return send(API_KEY, query, variables);
    }

    /** Posts the named operation with the given key, or with none when {@code key} is null. */
    public static ValidatableResponse postWithKey(String key, String name, Object... variables) {
        return send(key, document(name), variables);
    }

    /** Posts the named operation around the server's read cache, so that it really executes. */
    public static ValidatableResponse postUncached(String name, Object... variables) {
        return request(API_KEY, document(name), variables).header("Cache-Control", "no-cache").when().post("/graphql").then();
    }

    private static ValidatableResponse send(String key, String query, Object... variables) {
        return request(key, query, variables).when().post("/graphql").then();
    }

    private static io.restassured.specification.RequestSpecification request(String key, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return request;
    }

    /** Reads a test resource as UTF-8 text. */
    public static String resource(String path) {
        try (InputStream in = GraphQL.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
