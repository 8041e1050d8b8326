package dev.newsgraph.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Tells every replica about each committed write, through the database they share: PostgreSQL's
 * {@code LISTEN/NOTIFY} on the channel {@value #CHANNEL}.
 * <ul>
 *   <li>The writer calls {@link #announce} inside its transaction: PostgreSQL delivers the notification only if
 *       and when that transaction commits, so a rolled-back write is never announced, and a duplicate page (which
 *       writes nothing) announces nothing.</li>
 *   <li>Each replica listens on a connection of its own, outside the pool, opened with pgjdbc and read with its
 *       notification API, on one thread; it is opened again (after 1, 2, 4… up to 10 s) whenever it fails. Each
 *       notification becomes a {@link PageCommitted} event, and one written by another replica also a
 *       {@link PagesChanged}, so that read caches drop what they hold on every replica.</li>
 * </ul>
 * A notification sent while a replica was not listening is lost to it: when it listens again it fires a
 * {@link PagesChanged} (its caches may have missed one), but subscribers are not sent what they missed.
 */
@ApplicationScoped
public class PageNotifications {

    public static final String CHANNEL = "newsgraph_pages";

    private static final Logger LOG = Logger.getLogger(PageNotifications.class);
    /** How long one read waits for notifications; also how often the loop checks it should stop. */
    private static final int POLL_MILLIS = 500;
    /** Idle time after which the connection is checked with a query (a dead peer sends nothing). */
    private static final long CHECK_NANOS = 10_000_000_000L;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    /** Tells this replica's notifications from the others'. */
    private final String replica = UUID.randomUUID().toString();

    @Inject
    Event<PageCommitted> committed;

    @Inject
    Event<PagesChanged> changed;

    @Inject
    IngestMetrics metrics;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    /**
     * Announces a change of the page, delivered to every replica when the current transaction commits (and never
     * if it rolls back).
     */
    public void announce(EntityManager em, PageCommitted.Change change, long pageId) {
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", replica + ' ' + change.name() + ' ' + pageId)
                .getSingleResult();
    }

    /** Whether this replica is listening now. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            LOG.warn("No datasource URL: not listening for other replicas' writes");
            return;
        }
        running = true;
        thread = new Thread(this::run, "newsgraph-page-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            close();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoff = 1_000;
        boolean first = true;
        while (running) {
            try {
                open();
                if (!first) {
                    LOG.info("Listening for page notifications again; read caches emptied (some may have been missed)");
                    changed.fire(new PagesChanged(-1));
                }
                first = false;
                backoff = 1_000;
                listen();
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Page notifications: %s; listening again in %d ms", e.getMessage(), backoff);
                }
            } finally {
                listening = false;
                close();
            }
            sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
        }
    }

    private void open() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "newsgraph-listener");
        Connection c = new org.postgresql.Driver().connect(url.get(), properties);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url.get());
        }
        connection = c;
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        listening = true;
    }

    private void listen() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification n : notifications) {
                    deliver(n.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > CHECK_NANOS) {
                try (Statement s = connection.createStatement()) {
                    s.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** One notification, {@code <replica> <change> <page id>}, as events; a malformed one is logged and skipped. */
    void deliver(String payload) {
        String[] parts = payload.split(" ");
        PageCommitted event;
        try {
            event = new PageCommitted(Long.parseLong(parts[2]), PageCommitted.Change.valueOf(parts[1]), parts[0].equals(replica));
        } catch (RuntimeException e) {
            LOG.warnf("Skipped a malformed page notification: %s", payload);
            return;
        }
        metrics.notification(event.local());
        if (!event.local()) {
            changed.fire(new PagesChanged(event.pageId()));
        }
        try {
            committed.fire(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "A listener failed on page notification %s", payload);
        }
    }

    private void close() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // gone already
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
