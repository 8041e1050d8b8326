package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request names something that does not exist (a country code, an article id). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
