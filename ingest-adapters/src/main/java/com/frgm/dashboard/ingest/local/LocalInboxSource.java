package com.frgm.dashboard.ingest.local;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.FileSettler;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.ingest.pipeline.RetrySchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Takes complete files from the local inbox, oldest first, one at a time, and moves each to
 * processed/ or rejected/ once its outcome is durable. It looks again the moment the inbox
 * changes ({@link InboxWatch}) and at least every poll interval. A crash before the move leaves the file
 * in the inbox; its content hash then marks it as already ingested.
 */
@Component
@ConditionalOnExpression("'${frgm.ingest.source:local}' == 'local'")
public class LocalInboxSource extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(LocalInboxSource.class);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final LocalInbox inbox;
    private final FileIngestor ingestor;
    private final IngestProperties properties;
    private final Clock clock;
    private final FileSettler settler;
    private final RetrySchedule retries = new RetrySchedule(MAX_BACKOFF);
    private final Set<String> unsupported = new HashSet<>();
    private volatile InboxWatch watch;

    public LocalInboxSource(FileIngestor ingestor, IngestProperties properties) {
        super("inbox-local");
        this.inbox = new LocalInbox(properties.inbox());
        this.ingestor = ingestor;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.settler = new FileSettler(clock);
    }

    /** One pass, then a wait for the inbox to change (a file-system event) or the poll interval to pass. */
    @Override
    protected void runOnce() throws IOException, InterruptedException {
        if (watch == null) {
            watch = InboxWatch.open(inbox.root());
        }
        drainOnce();
        watch.await(properties.pollInterval());
    }

    @Override
    protected Duration pause() {
        return Duration.ZERO;
    }

    @Override
    protected void afterStop() {
        InboxWatch open = watch;
        watch = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                log.warn("Could not close the watch on {}", inbox.root(), e);
            }
        }
    }

    @Override
    protected String describe() {
        return "inbox " + inbox.root() + " (watched; settle " + properties.settleTime() + " for files not renamed into"
                + " place, a full scan at least every " + properties.pollInterval() + ")";
    }

    /** One pass over every ready file; visible for tests and tools. */
    public int drainOnce() throws IOException {
        int handled = 0;
        Instant now = clock.instant();
        InboxWatch renames = watch;
        Predicate<Path> complete = renames == null ? file -> false : renames::renamedIntoPlace;
        for (FeedFile file : inbox.readyFiles(now, properties.settleTime(), complete)) {
            String id = file.bucket() + "/" + file.key();
            if (unsupported.contains(id) || retries.isWaiting(id, now)) {
                continue;
            }
            try {
                handle(file, id, ingestor.ingest(file));
            } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
                // One file's failure must not hold up the others: it waits for its own retry.
                log.error("Could not handle {}; it stays in the inbox and is tried again", id, e);
                retries.failed(id, clock.instant());
            }
            handled++;
        }
        return handled;
    }

    private void handle(FeedFile file, String id, IngestOutcome outcome) throws IOException {
        if (settler.settle(file, outcome, inbox)) {
            retries.done(id);
        } else if (outcome instanceof IngestOutcome.Unsupported) {
            unsupported.add(id);
        } else if (outcome instanceof IngestOutcome.Retry) {
            retries.failed(id, clock.instant());
        }
    }
}
