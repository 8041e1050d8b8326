package dev.newsgraph.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * One subscription's events, on their way from {@link LiveFeed} to the engine that answers each with what the
 * client selected. Events wait in a bounded buffer while the subscriber has not asked for more (the engine asks
 * for the next event once it has answered the last and handed the answer to the socket); they are answered one
 * at a time, in order, on a worker thread, never on the thread that heard them. A subscriber that lets more than
 * {@code capacity} events wait is a slow subscriber: what waits is dropped, and the subscription ends with one
 * last answer carrying the error {@code SLOW_SUBSCRIBER}, then completes (graphql-transport-ws: {@code next} with
 * the error, then {@code complete}).
 */
final class LiveSubscription implements Flow.Publisher<Object> {

    static final String SLOW_SUBSCRIBER = "SLOW_SUBSCRIBER";

    private static final Logger LOG = Logger.getLogger(LiveSubscription.class);

    /** Told once when the subscription ends: cancelled by the client (or its connection closing), or dropped. */
    interface Ended {
        void ended(LiveSubscription subscription, boolean dropped);
    }

    private final String field;
    private final int capacity;
    private final Executor executor;
    private final Ended ended;
    private volatile UnaryOperator<Object> prepare = UnaryOperator.identity();

    private final ArrayDeque<Object> waiting = new ArrayDeque<>(); // guarded by this
    private boolean overflowed; // guarded by this
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile Flow.Subscriber<? super Object> subscriber;

    LiveSubscription(String field, int capacity, Executor executor, Ended ended) {
        this.field = field;
        this.capacity = capacity;
        this.executor = executor;
        this.ended = ended;
    }

    String field() {
        return field;
    }

    /** Applied to each event just before it is handed on, on the thread that answers it (the prefetch). */
    void prepareEach(UnaryOperator<Object> prepare) {
        this.prepare = prepare;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Object> s) {
        synchronized (this) {
            if (subscriber != null) {
                s.onSubscribe(new Flow.Subscription() {
                    public void request(long n) {
                    }

                    public void cancel() {
                    }
                });
                s.onError(new IllegalStateException("A live subscription has one subscriber"));
                return;
            }
            subscriber = s;
        }
        s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    cancel();
                    return;
                }
                requested.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
                schedule();
            }

            @Override
            public void cancel() {
                cancelled = true;
                synchronized (LiveSubscription.this) {
                    waiting.clear();
                }
                end(false);
            }
        });
        schedule();
    }

    /**
     * Hands an event to the subscription. Never blocks: the event waits if the subscriber is busy, and a
     * subscriber with {@code capacity} events waiting already is dropped. False when the subscription takes no
     * more events.
     */
    boolean offer(Object event) {
        synchronized (this) {
            if (cancelled || overflowed) {
                return false;
            }
            if (waiting.size() >= capacity) {
                overflowed = true;
                waiting.clear();
                if (subscriber == null) {
                    // never subscribed to (its connection closed first): nobody will drain it
                    cancelled = true;
                    end(true);
                    return false;
                }
            } else {
                waiting.addLast(event);
            }
        }
        schedule();
        return true;
    }

    /** Whether the subscription has ended (it takes no more events). */
    boolean isOver() {
        return over.get();
    }

    private void schedule() {
        if (subscriber != null && work.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    /** Hands waiting events on while the subscriber asks for them; one thread at a time (the work counter). */
    private void drain() {
        int missed = 1;
        do {
            while (!cancelled && requested.get() > 0) {
                Object next;
                boolean slow;
                synchronized (this) {
                    slow = overflowed;
                    next = slow ? null : waiting.pollFirst();
                }
                if (slow) {
                    cancelled = true;
                    requested.decrementAndGet();
                    subscriber.onNext(slowSubscriberError());
                    subscriber.onComplete();
                    end(true);
                    break;
                }
                if (next == null) {
                    break;
                }
                requested.decrementAndGet();
                try {
                    subscriber.onNext(prepared(next));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "A %s event could not be answered; the subscription is ended", field);
                    cancelled = true;
                    end(false);
                }
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private Object prepared(Object event) {
        try {
            return prepare.apply(event);
        } catch (RuntimeException e) {
            // The event is still answered: its nested fields are then loaded one by one, and report their own errors.
            LOG.warnf("Could not load ahead what a %s event selects: %s", field, e.toString());
            return event;
        }
    }

    private DataFetcherResult<Object> slowSubscriberError() {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError()
                .message("This subscription was ended as a slow subscriber: more than " + capacity + " events waited for it. "
                        + "Subscribe again to go on, and read what was missed with a query.")
                .extensions(Map.of("code", SLOW_SUBSCRIBER))
                .build()).build();
    }

    private void end(boolean dropped) {
        if (over.compareAndSet(false, true)) {
            ended.ended(this, dropped);
        }
    }
}
