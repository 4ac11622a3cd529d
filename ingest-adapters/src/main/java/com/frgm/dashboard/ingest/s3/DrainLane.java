package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedLane;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One feed's files in one drain, run on the feed's lane: each read ahead (up to
 * {@code prefetch} files), applied in the order given, and its move started once its outcome
 * is durable. The first file that cannot be settled now stops the feed: the files after it are
 * {@link S3Drain.Result#BEHIND} and wait with it.
 */
final class DrainLane {

    private static final Logger log = LoggerFactory.getLogger(DrainLane.class);

    private final S3Drain drain;
    private final FeedLane lane;
    private final List<S3Drain.Waiting> files;
    private final DrainBacklog progress;

    DrainLane(S3Drain drain, FeedLane lane, List<S3Drain.Waiting> files, DrainBacklog progress) {
        this.drain = drain;
        this.lane = lane;
        this.files = files;
        this.progress = progress;
    }

    /** The result of each file, in order; a moved file's completes when its move does. */
    List<CompletableFuture<S3Drain.Result>> run() {
        List<CompletableFuture<S3Drain.Result>> results = new ArrayList<>(files.size());
        CompletableFuture<Map<String, String>> processed = drain.processed(
                files.get(0).bucket(),
                files.get(0).key(),
                files.get(files.size() - 1).key());
        Deque<CompletableFuture<Optional<Fetched>>> ahead = new ArrayDeque<>();
        int next = 0;
        boolean stopped = false;
        for (S3Drain.Waiting waiting : files) {
            while (!stopped && next < files.size() && ahead.size() < drain.prefetch()) {
                ahead.add(drain.fetch(files.get(next++)));
            }
            if (stopped) {
                results.add(CompletableFuture.completedFuture(S3Drain.Result.BEHIND));
                continue;
            }
            CompletableFuture<S3Drain.Result> result = apply(waiting, ahead.poll(), processed);
            stopped = result.getNow(null) == S3Drain.Result.RETRY;
            results.add(result);
        }
        ahead.forEach(read -> read.cancel(false));
        return results;
    }

    private CompletableFuture<S3Drain.Result> apply(
            S3Drain.Waiting waiting,
            CompletableFuture<Optional<Fetched>> read,
            CompletableFuture<Map<String, String>> processed) {
        Optional<Fetched> fetched;
        try {
            fetched = read.get();
        } catch (ExecutionException e) {
            log.warn(
                    "Could not read s3://{}/{}, will retry: {}",
                    waiting.bucket(),
                    waiting.key(),
                    e.getCause().getMessage());
            return CompletableFuture.completedFuture(S3Drain.Result.RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(S3Drain.Result.RETRY);
        }
        if (fetched.isEmpty()) {
            progress.advance(lane);
            return CompletableFuture.completedFuture(S3Drain.Result.GONE);
        }
        IngestOutcome outcome = drain.ingestor().ingest(fetched.get().forIngest());
        if (outcome instanceof IngestOutcome.Retry) {
            return CompletableFuture.completedFuture(S3Drain.Result.RETRY);
        }
        if (outcome instanceof IngestOutcome.Unsupported) {
            return CompletableFuture.completedFuture(S3Drain.Result.UNSUPPORTED);
        }
        progress.advance(lane);
        return drain.move(fetched.get().file(), outcome, processed);
    }

    /** A file as found, with its content when it was small enough to read ahead. */
    record Fetched(FeedFile file, byte[] content) {

        /** The file the pipeline reads: from memory when read ahead, else streamed from S3 as usual. */
        FeedFile forIngest() {
            if (content == null) {
                return file;
            }
            return new FeedFile(
                    file.bucket(), file.key(), content.length, file.version(), () -> new ByteArrayInputStream(content));
        }
    }
}
