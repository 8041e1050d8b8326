package dev.newsgraph.model;

/** The database cannot be reached right now; the request may succeed if tried again shortly. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
