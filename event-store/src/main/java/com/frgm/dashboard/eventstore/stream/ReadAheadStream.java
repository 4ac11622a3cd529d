package com.frgm.dashboard.eventstore.stream;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * One processor's stream: a reader thread moves the store's events, in order, into a bounded
 * buffer (a full buffer holds the reader back) and runs the processor's callback when an event
 * arrives while the processor is waiting for one. Only the reader thread touches the store's
 * stream, which is not made for two threads. A failure of the store's stream reaches the
 * processor from its next read, after the events read before it, and the processor reopens.
 */
final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {

    private static final AtomicLong THREADS = new AtomicLong();
    private static final Runnable NOBODY = () -> {};
    /** How often a blocked reader of the buffer looks for a failure or a close. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final BlockingStream<TrackedEventMessage<?>> source;
    private final BlockingQueue<TrackedEventMessage<?>> buffer;
    private final AtomicBoolean consumerWaiting = new AtomicBoolean();
    private volatile Runnable onAvailable = NOBODY;
    private volatile RuntimeException failure;
    private volatile boolean closed;
    private Thread reader;
    /** The next event, taken from the buffer by a peek or a wait; only the processor's side reads it. */
    private TrackedEventMessage<?> head;

    private ReadAheadStream(BlockingStream<TrackedEventMessage<?>> source, int capacity) {
        this.source = source;
        this.buffer = new ArrayBlockingQueue<>(capacity);
    }

    static ReadAheadStream start(BlockingStream<TrackedEventMessage<?>> source, int capacity) {
        ReadAheadStream stream = new ReadAheadStream(source, capacity);
        Thread thread = new Thread(stream::read, "event-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        stream.reader = thread;
        thread.start();
        return stream;
    }

    private void read() {
        try {
            while (!closed) {
                if (source.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    buffer.put(source.nextAvailable());
                    if (consumerWaiting.getAndSet(false)) {
                        onAvailable.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed
        } catch (RuntimeException e) {
            if (!closed) {
                failure = e;
                onAvailable.run();
            }
        } finally {
            source.close();
        }
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        onAvailable = callback;
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        if (head == null) {
            head = buffer.poll();
        }
        return Optional.ofNullable(head);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        if (head != null) {
            return true;
        }
        // Say "waiting" before looking, so that an event put after the look always calls back.
        consumerWaiting.set(true);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        head = buffer.poll();
        while (head == null) {
            failIfBroken();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            head = buffer.poll(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
        }
        consumerWaiting.set(false);
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (head == null) {
            failIfBroken();
            head = buffer.poll(POLL_NANOS, TimeUnit.NANOSECONDS);
        }
        TrackedEventMessage<?> next = head;
        head = null;
        return next;
    }

    @Override
    public void close() {
        closed = true;
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
        }
        buffer.clear();
        head = null;
    }

    private void failIfBroken() {
        RuntimeException broken = failure;
        if (broken != null && buffer.isEmpty()) {
            throw broken;
        }
        if (closed) {
            throw new IllegalStateException("the event stream is closed");
        }
    }
}
