package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.replay.ReplayFrame;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.FluxSink;

/**
 * The replay thread's side of a played replay: it waits for the client's demand before each
 * frame (a slow client slows the replay instead of queueing frames), waits out the pace, and
 * learns at once when the client has gone, so the thread returns to the pool.
 */
final class PlaybackSink {

    private final FluxSink<ReplayFrame> sink;
    private final Object lock = new Object();
    private long requested;
    private boolean gone;

    PlaybackSink(FluxSink<ReplayFrame> sink) {
        this.sink = sink;
        sink.onRequest(this::request);
        sink.onDispose(this::leave);
    }

    /** Whether the client has gone (cancelled, disconnected). */
    boolean gone() {
        synchronized (lock) {
            return gone;
        }
    }

    /** Waits until {@code nanoTime} ({@link System#nanoTime()}); false when the client went first. */
    boolean waitUntil(long nanoTime) {
        synchronized (lock) {
            try {
                while (!gone) {
                    long left = nanoTime - System.nanoTime();
                    if (left <= 0) {
                        return true;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gone = true;
            }
            return false;
        }
    }

    /** Sends {@code frame} once the client asks for one; false when the client has gone. */
    boolean send(ReplayFrame frame) {
        synchronized (lock) {
            try {
                while (!gone && requested == 0) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gone = true;
            }
            if (gone) {
                return false;
            }
            if (requested != Long.MAX_VALUE) {
                requested--;
            }
        }
        sink.next(frame);
        return true;
    }

    void complete() {
        sink.complete();
    }

    void fail(Throwable failure) {
        sink.error(failure);
    }

    private void request(long n) {
        synchronized (lock) {
            requested = requested + n < 0 ? Long.MAX_VALUE : requested + n;
            lock.notifyAll();
        }
    }

    private void leave() {
        synchronized (lock) {
            gone = true;
            lock.notifyAll();
        }
    }
}
