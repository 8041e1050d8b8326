package dev.newsgraph.graphql;

import dev.newsgraph.model.Keyset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Opaque keyset cursors: base64url of {@code v1:<published-on>:<id>} for lists by date,
 * {@code r1:<rank>:<id>} for search results by relevance and {@code u1:<usd>:<id>} for figures by value in US
 * dollars (empty for a figure without one). Clients must treat them as opaque; they stay
 * valid while new rows arrive because they name a position, not an offset.
 */
final class Cursor {

    /** Longest cursor accepted; a real one is about 30 characters. */
    static final int MAX_LENGTH = 64;

    private Cursor() {
    }

    static String encode(Keyset k) {
        String raw = k.byUsd() ? "u1:" + (k.usd() == null ? "" : k.usd().toString()) + ":" + k.id()
                : k.rank() != null ? "r1:" + k.rank() + ":" + k.id() : "v1:" + k.publishedOn() + ":" + k.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static Keyset decode(String cursor, String argument) {
        if (cursor == null) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid(argument);
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":", -1);
            if (parts.length == 3 && parts[0].equals("v1")) {
                return new Keyset(LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
            }
            if (parts.length == 3 && parts[0].equals("u1")) {
                if (parts[1].isEmpty()) {
                    return Keyset.ofUsd(null, Long.parseLong(parts[2]));
                }
                double usd = Double.parseDouble(parts[1]);
                if (Double.isFinite(usd)) {
                    return Keyset.ofUsd(usd, Long.parseLong(parts[2]));
                }
            }
            if (parts.length == 3 && parts[0].equals("r1")) {
                float rank = Float.parseFloat(parts[1]);
                if (Float.isFinite(rank)) {
                    return Keyset.ofRank(rank, Long.parseLong(parts[2]));
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // not a cursor of ours
        }
        throw invalid(argument);
    }

    private static BadUserInputException invalid(String argument) {
        return new BadUserInputException("'" + argument + "' is not a cursor returned by this API.");
    }
}
