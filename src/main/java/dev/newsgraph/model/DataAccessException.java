package dev.newsgraph.model;

import java.sql.SQLException;

/** A read statement failed; the cause keeps the SQL state (08xxx: the database is unreachable). */
public class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
