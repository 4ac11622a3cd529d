package com.frgm.dashboard.eventstore.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

class ReadAheadStreamTest {

    @Test
    void theProcessorIsCalledBackWhenAnEventArrivesWhileItWaits() throws Exception {
        StoreStream store = new StoreStream();
        ReadAheadStream stream = ReadAheadStream.start(store, 10);
        AtomicInteger callbacks = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();

        assertThat(stream.hasNextAvailable()).isFalse();
        store.add(event(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(1));
        stream.close();
    }

    @Test
    void eventsArriveInTheStoresOrderWithTheirTokensAndPeekDoesNotConsume() throws Exception {
        StoreStream store = new StoreStream();
        for (int i = 1; i <= 50; i++) {
            store.add(event(i));
        }
        ReadAheadStream stream = ReadAheadStream.start(store, 7);
        List<Long> read = new ArrayList<>();
        while (read.size() < 50) {
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            Optional<TrackedEventMessage<?>> peeked = stream.peek();
            TrackedEventMessage<?> next = stream.nextAvailable();
            assertThat(peeked).containsSame(next);
            read.add(((GlobalSequenceTrackingToken) next.trackingToken()).getGlobalIndex());
        }
        assertThat(read)
                .isEqualTo(
                        java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        stream.close();
        assertThat(store.threads).hasSize(1).doesNotContain(Thread.currentThread());
    }

    @Test
    void aFullBufferHoldsTheReaderBack() throws Exception {
        StoreStream store = new StoreStream();
        for (int i = 1; i <= 100; i++) {
            store.add(event(i));
        }
        ReadAheadStream stream = ReadAheadStream.start(store, 5);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.taken.get() >= 5);
        Thread.sleep(200); // give a reader that would not stop the time to run on
        // Five in the buffer and at most one in the reader's hand, waiting for room.
        assertThat(store.taken.get()).isBetween(5, 6);

        assertThat(stream.nextAvailable().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> store.taken.get() >= 6);
        stream.close();
    }

    @Test
    void aFailureOfTheStoreReachesTheProcessorAfterTheEventsBeforeIt() throws Exception {
        StoreStream store = new StoreStream();
        store.add(event(1));
        store.add(event(2));
        store.failAfterEvents(new IllegalStateException("database unreachable"));
        ReadAheadStream stream = ReadAheadStream.start(store, 10);

        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(stream.nextAvailable().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(2));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThatThrownBy(stream::hasNextAvailable).hasMessage("database unreachable"));
        await().atMost(Duration.ofSeconds(5)).until(() -> store.closed);
    }

    @Test
    void aFailureWakesAWaitingProcessor() throws Exception {
        StoreStream store = new StoreStream();
        ReadAheadStream stream = ReadAheadStream.start(store, 10);
        AtomicInteger callbacks = new AtomicInteger();
        stream.setOnAvailableCallback(callbacks::incrementAndGet);
        assertThat(stream.hasNextAvailable()).isFalse();

        store.failAfterEvents(new IllegalStateException("database unreachable"));

        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
        assertThatThrownBy(stream::hasNextAvailable).hasMessage("database unreachable");
    }

    @Test
    void closingStopsTheReaderAndClosesTheStoresStream() throws Exception {
        StoreStream store = new StoreStream();
        ReadAheadStream stream = ReadAheadStream.start(store, 10);
        await().atMost(Duration.ofSeconds(5)).until(() -> !store.threads.isEmpty());

        stream.close();

        await().atMost(Duration.ofSeconds(5)).until(() -> store.closed);
        Thread reader = store.threads.iterator().next();
        await().atMost(Duration.ofSeconds(5)).until(() -> !reader.isAlive());
        assertThatThrownBy(stream::nextAvailable).hasMessageContaining("closed");
    }

    private static TrackedEventMessage<?> event(long index) {
        return new GenericTrackedEventMessage<>(
                new GlobalSequenceTrackingToken(index), GenericEventMessage.asEventMessage("event " + index));
    }

    /** The store's stream as the embedded event store hands it out: one thread at a time. */
    private static final class StoreStream implements BlockingStream<TrackedEventMessage<?>> {

        private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
        private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        private final AtomicInteger taken = new AtomicInteger();
        private volatile boolean closed;

        void add(TrackedEventMessage<?> event) {
            items.add(event);
        }

        void failAfterEvents(RuntimeException failure) {
            items.add(failure);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            throw new UnsupportedOperationException("the read-ahead stream never peeks at the store");
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            threads.add(Thread.currentThread());
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (items.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(1);
            }
            if (items.peek() instanceof RuntimeException failure) {
                throw failure;
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            threads.add(Thread.currentThread());
            Object next = items.take();
            taken.incrementAndGet();
            return (TrackedEventMessage<?>) next;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
