package dev.newsgraph.model;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;

/**
 * Fails fast while the database is known to be down: after a connection attempt fails, requests in the next
 * second are refused at once instead of each waiting out the pool's acquisition timeout; then requests try
 * again, and the first success opens the gate. Keeps a client-facing outage short and cheap.
 */
@ApplicationScoped
public class DatabaseGate {

    private static final long CLOSED_FOR_NANOS = 1_000_000_000L;

    private volatile long closedUntil;

    /** @throws DatabaseUnavailableException while the gate is closed */
    public void check() {
        if (closedUntil != 0 && System.nanoTime() - closedUntil < 0) {
            throw new DatabaseUnavailableException("The database is unavailable.", null);
        }
    }

    public void succeeded() {
        if (closedUntil != 0) {
            closedUntil = 0;
        }
    }

    /** Records a failed connection attempt and returns the exception to throw. */
    public DatabaseUnavailableException failed(SQLException e) {
        closedUntil = System.nanoTime() + CLOSED_FOR_NANOS;
        return new DatabaseUnavailableException("The database is unavailable.", e);
    }
}
