package dev.newsgraph.graphql;

import graphql.execution.DataFetcherResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded buffer of one subscription, driven by hand (events answered on the calling thread). */
class LiveSubscriptionTest {

    /** A subscriber that records what it is given and asks for events only when told to. */
    private static final class Recorder implements Flow.Subscriber<Object> {
        final List<Object> items = new ArrayList<>();
        boolean completed;
        Flow.Subscription subscription;

        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        public void onNext(Object item) {
            items.add(item);
        }

        public void onError(Throwable t) {
            items.add(t);
        }

        public void onComplete() {
            completed = true;
        }
    }

    private final List<Boolean> ends = new ArrayList<>();

    private LiveSubscription subscription(int capacity) {
        return new LiveSubscription("storyAdded", capacity, Runnable::run, (s, dropped) -> ends.add(dropped));
    }

    @Test
    void eventsWaitForDemandAndArriveInOrder() {
        LiveSubscription s = subscription(3);
        Recorder r = new Recorder();
        s.subscribe(r);
        s.offer("a");
        s.offer("b");
        assertThat(r.items).isEmpty();
        r.subscription.request(1);
        assertThat(r.items).containsExactly("a");
        s.offer("c");
        r.subscription.request(5);
        assertThat(r.items).containsExactly("a", "b", "c");
        s.offer("d");
        assertThat(r.items).containsExactly("a", "b", "c", "d");
        assertThat(ends).isEmpty();
    }

    @Test
    void aSubscriberThatFallsBehindTheBufferIsEndedWithAnError() {
        LiveSubscription s = subscription(2);
        Recorder r = new Recorder();
        s.subscribe(r);
        assertThat(s.offer("a")).isTrue();
        assertThat(s.offer("b")).isTrue();
        assertThat(s.offer("c")).as("the third event overflows the buffer").isTrue();
        assertThat(s.offer("d")).as("no more events once dropped").isFalse();
        assertThat(ends).isEmpty();

        r.subscription.request(1);
        assertThat(r.items).hasSize(1);
        DataFetcherResult<?> last = (DataFetcherResult<?>) r.items.get(0);
        assertThat(last.getData()).isNull();
        assertThat(last.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("code", "SLOW_SUBSCRIBER");
            assertThat(e.getMessage()).contains("more than 2 events waited");
        });
        assertThat(r.completed).isTrue();
        assertThat(ends).containsExactly(true);
        assertThat(s.isOver()).isTrue();
    }

    @Test
    void cancellingEndsItOnceAndDropsWhatWaits() {
        LiveSubscription s = subscription(2);
        Recorder r = new Recorder();
        s.subscribe(r);
        s.offer("a");
        r.subscription.cancel();
        r.subscription.cancel();
        r.subscription.request(1);
        assertThat(r.items).isEmpty();
        assertThat(s.offer("b")).isFalse();
        assertThat(ends).containsExactly(false);
    }

    @Test
    void oneNeverSubscribedToIsEndedWhenItsBufferFills() {
        LiveSubscription s = subscription(1);
        assertThat(s.offer("a")).isTrue();
        assertThat(s.offer("b")).isFalse();
        assertThat(ends).containsExactly(true);
        assertThat(s.isOver()).isTrue();
    }

    @Test
    void eachEventIsPreparedJustBeforeItIsHandedOn() {
        LiveSubscription s = subscription(4);
        AtomicReference<Object> seen = new AtomicReference<>();
        s.prepareEach(e -> {
            seen.set(e);
            return e + "!";
        });
        Recorder r = new Recorder();
        s.subscribe(r);
        s.offer("a");
        assertThat(seen.get()).isNull();
        r.subscription.request(1);
        assertThat(seen.get()).isEqualTo("a");
        assertThat(r.items).containsExactly("a!");
    }
}
