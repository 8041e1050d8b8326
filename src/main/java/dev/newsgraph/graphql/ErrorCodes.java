package dev.newsgraph.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.api.ErrorCode;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Gives every GraphQL error one code from a small fixed set in {@code extensions.code}, and nothing else:
 * no exception class, no stack trace, no SQL. Errors the client caused keep their message; anything
 * unexpected becomes {@code INTERNAL} with a generic message and an id to find it in the log.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {

    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String UNAUTHORIZED = "UNAUTHORIZED";
    static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    static final String INTERNAL = "INTERNAL";

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        // A non-null field that failed also yields a "non-null field was null" error: a consequence of the
        // failure already reported, not a second one, so it is dropped. Alone, it is a bug and stays.
        boolean otherErrors = result.getErrors().stream()
                .anyMatch(e -> !isNullInNonNullField(e));
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError e : result.getErrors()) {
            if (otherErrors && isNullInNonNullField(e)) {
                continue;
            }
            errors.add(recode(e));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static boolean isNullInNonNullField(GraphQLError error) {
        return error.getErrorType() == ErrorType.NullValueInNonNullableField;
    }

    static GraphQLError recode(GraphQLError error) {
        String code;
        String message = error.getMessage();
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            code = codeOf(cause);
            if (INTERNAL.equals(code)) {
                String id = UUID.randomUUID().toString();
                LOG.errorf(cause, "GraphQL field %s failed (error id %s)", fetching.getPath(), id);
                message = "Internal error (id " + id + ").";
            } else if (UNAUTHORIZED.equals(code)) {
                message = "This operation needs a valid API key in the X-API-Key header.";
            } else if (SERVICE_UNAVAILABLE.equals(code)) {
                LOG.warnf("GraphQL field %s failed: database unavailable: %s", fetching.getPath(), cause.toString());
                message = "The database is unavailable; try again shortly.";
            } else {
                message = cause.getMessage();
            }
        } else if (error instanceof ValidationError || error instanceof AbortExecutionException
                || isClientClassification(error.getErrorType())) {
            code = BAD_USER_INPUT;
            message = readableArgumentError(message);
        } else if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String existing) {
            code = existing;
        } else {
            code = INTERNAL;
            LOG.errorf("GraphQL error without a code: %s (%s)", error.getMessage(), error.getErrorType());
            message = "Internal error.";
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorClassification.errorClassification(code))
                .extensions(Map.of("code", code))
                .build();
    }

    /**
     * The start of the argument errors that go on with the value itself (a whole page for {@code ingest}) or a Java
     * type: SmallRye's ("argument 'input' with value … is not a valid 'Unknown Scalar Type […]'") and graphql-java's
     * ("Variable 'i' has an invalid value: Expected a String input, but it was a 'BigDecimal'").
     */
    private static final java.util.regex.Pattern INVALID_VALUE =
            java.util.regex.Pattern.compile("^(?:argument|Variable) '([A-Za-z0-9_]{1,50})' (?:with value |has an invalid value)");

    /**
     * Says what the client can act on instead of what the engines say, in a message that repeats nothing of the
     * request and names no Java type.
     */
    static String readableArgumentError(String message) {
        if (message == null) {
            return "The request is not valid.";
        }
        java.util.regex.Matcher m = INVALID_VALUE.matcher(message);
        if (m.lookingAt()) {
            return (message.charAt(0) == 'a' ? "Argument '" : "Variable '") + m.group(1)
                    + "' has a value of the wrong type or format (" + dev.newsgraph.ingest.PublishedOn.DATES + ").";
        }
        return message;
    }

    private static boolean isClientClassification(ErrorClassification type) {
        if (type == null) {
            return false;
        }
        String name = type.toString();
        return name.equals("InvalidSyntax") || name.equals("ValidationError") || name.equals("ExecutionAborted");
    }

    static String codeOf(Throwable t) {
        ErrorCode annotated = t.getClass().getAnnotation(ErrorCode.class);
        if (annotated != null) {
            return annotated.value();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (c instanceof dev.newsgraph.model.DatabaseUnavailableException
                    || c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.net.ConnectException
                    || name.equals("org.hibernate.exception.JDBCConnectionException")
                    || (c instanceof java.sql.SQLException sql && isConnectionFailure(sql))) {
                return SERVICE_UNAVAILABLE;
            }
            if (name.equals("io.quarkus.security.UnauthorizedException")
                    || name.equals("io.quarkus.security.ForbiddenException")
                    || name.equals("io.quarkus.security.AuthenticationFailedException")) {
                return UNAUTHORIZED;
            }
            if (c instanceof jakarta.validation.ConstraintViolationException || c instanceof dev.newsgraph.model.InvalidValueException) {
                return BAD_USER_INPUT;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return INTERNAL;
    }

    /** Connection lost or refused (08xxx), server shutting down (57P0x), or no pooled connection in time. */
    private static boolean isConnectionFailure(java.sql.SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
