package com.frgm.dashboard.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;

/** One SSE client reading the ladder stream as fast as it comes, noting when it first sees each file. */
final class Viewer {

    private final AtomicLongArray seen;
    private final StringBuilder pending = new StringBuilder();
    private volatile boolean ended;
    private volatile boolean closing;
    private Disposable connection;

    private Viewer(int files) {
        seen = new AtomicLongArray(files + 1);
    }

    /** Opens the stream; a response other than 200 counts in {@code refused} and as ended. */
    static Viewer open(HttpClient http, String path, int files, AtomicInteger refused) {
        Viewer viewer = new Viewer(files);
        viewer.connection = http.get()
                .uri(path)
                .response((response, body) -> {
                    if (response.status().code() != 200) {
                        refused.incrementAndGet();
                        viewer.ended = true;
                        return body.then();
                    }
                    return body.asString(StandardCharsets.UTF_8)
                            .doOnNext(viewer::accept)
                            .then();
                })
                .subscribe(done -> {}, error -> viewer.end(), viewer::end);
        return viewer;
    }

    // Called on the client's event loop, one chunk at a time per connection.
    private void accept(String chunk) {
        long now = System.nanoTime();
        pending.append(chunk);
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            int file = SseEvents.fileOf(pending, 0, end);
            pending.delete(0, end + 2);
            if (file > 0 && file < seen.length()) {
                seen.compareAndSet(file, 0, now);
            }
        }
    }

    private void end() {
        if (!closing) {
            ended = true;
        }
    }

    /** When this client first saw {@code file} (System.nanoTime), 0 if it has not. */
    long seen(int file) {
        return seen.get(file);
    }

    /** Whether its stream ended before the benchmark closed it: the server dropped it or refused it. */
    boolean ended() {
        return ended;
    }

    void close() {
        closing = true;
        connection.dispose();
    }
}
