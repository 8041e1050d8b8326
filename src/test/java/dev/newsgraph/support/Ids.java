package dev.newsgraph.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The row key inside a global id, for tests that look at the database behind an object the API returned. */
public final class Ids {

    private Ids() {
    }

    /** The numeric key of a global id such as {@code QXJ0aWNsZTo4Mw} ({@code Article:83} gives 83). */
    public static long key(String globalId) {
        String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.US_ASCII);
        return Long.parseLong(raw.substring(raw.indexOf(':') + 1));
    }
}
