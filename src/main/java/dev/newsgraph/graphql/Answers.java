package dev.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL answer ({@code ExecutionResult.toSpecification()}: maps, lists, strings, numbers, booleans)
 * as JSON bytes, for the read cache and the entity tag, and makes that tag. The answers Quarkus writes itself
 * carry the same data; these bytes are what the gateway sends for a cached answer.
 */
final class Answers {

    private static final JsonFactory JSON = new JsonFactory();

    private Answers() {
    }

    static byte[] toJson(Map<String, Object> answer) {
        ByteArrayBuilder out = new ByteArrayBuilder(16 * 1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a GraphQL answer", e);
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (int i = 0, n = list.size(); i < n; i++) {
                write(g, list.get(i));
            }
            g.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else {
            g.writeString(value.toString()); // dates and other scalars already serialized as text by their coercing
        }
    }

    /** A weak entity tag from the answer's bytes: the same answer gets the same tag on every replica. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
