package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque global ids of the {@link Node} types: the type name and the object's own key, {@code Article:123},
 * in URL-safe Base64 without padding ({@code QXJ0aWNsZToxMjM}), so that one id names one object across all types
 * and fits in a URL. Clients treat them as opaque; the encoding is not a contract.
 */
record GlobalId(String type, String key) {

    static final String ARTICLE = "Article";
    static final String COUNTRY = "Country";
    static final String METRIC = "Metric";
    static final String QUOTATION = "Quotation";
    static final String QUOTE = "Quote";
    static final String PERSON = "Person";

    /** Longer than any id this service hands out: anything longer is no id of ours. */
    private static final int MAX_LENGTH = 64;

    static String of(String type, long key) {
        return of(type, Long.toString(key));
    }

    static String of(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ':' + key).getBytes(StandardCharsets.US_ASCII));
    }

    /** The type and key of an id, or null when it is none of ours. */
    static GlobalId parse(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = raw.indexOf(':');
        if (colon <= 0 || colon == raw.length() - 1) {
            return null;
        }
        String type = raw.substring(0, colon);
        String key = raw.substring(colon + 1);
        return switch (type) {
            case ARTICLE, METRIC, QUOTATION, QUOTE, PERSON -> isNumber(key) ? new GlobalId(type, key) : null;
            case COUNTRY -> key.length() == 2 ? new GlobalId(type, key) : null;
            default -> null;
        };
    }

    /**
     * The numeric key of an id of {@code type}: its global id, or the bare number that ids were before they were
     * global (still accepted by {@code article(id:)}); null for anything else.
     */
    static Long keyOf(String id, String type) {
        if (id != null && isNumber(id)) {
            return Long.parseLong(id);
        }
        GlobalId parsed = parse(id);
        return parsed != null && parsed.type.equals(type) ? Long.parseLong(parsed.key) : null;
    }

    long number() {
        return Long.parseLong(key);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
