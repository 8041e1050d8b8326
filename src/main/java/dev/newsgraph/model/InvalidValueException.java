package dev.newsgraph.model;

/** A value the database cannot take at all (a NUL character in text): the request is at fault. */
public class InvalidValueException extends RuntimeException {
    public InvalidValueException(String message) {
        super(message);
    }
}
