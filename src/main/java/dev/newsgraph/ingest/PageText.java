package dev.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks and fingerprints of a page's text before it is split. */
final class PageText {

    private PageText() {
    }

    /**
     * The text a page is identified by: line endings unified and trailing white space removed, so the same
     * page sent from another system is still the same page.
     */
    static String canonical(String text) {
        String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        int end = unified.length();
        while (end > 0 && Character.isWhitespace(unified.charAt(end - 1))) {
            end--;
        }
        return unified.substring(0, end);
    }

    /** SHA-256 of the canonical text, as 64 hex digits. */
    static String contentHash(String canonical) {
        return sha256(canonical);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The length of the text in UTF-8 bytes, without encoding it. */
    static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
