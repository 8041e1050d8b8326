package dev.newsgraph.ingest;

/**
 * The typed validation error of the ingest path: the text cannot be read as a page (empty, binary,
 * no article in it, too large). The only exception the splitter and recognizers may throw.
 */
public class InvalidPageException extends RuntimeException {
    public InvalidPageException(String message) {
        super(message);
    }
}
