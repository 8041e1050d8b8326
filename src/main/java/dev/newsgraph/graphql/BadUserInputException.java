package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request asks for something malformed or out of bounds. Reported with {@code extensions.code}. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {
    public BadUserInputException(String message) {
        super(message);
    }
}
