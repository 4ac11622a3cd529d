package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedLane;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.FileSettler;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.ingest.pipeline.OrderedLanes;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Works off the files a source found waiting (a listing pass, a burst of notifications) with
 * what can overlap overlapped (ADR 0020). S3 requests (listing, reads, the moves) share one
 * pool of {@code s3-concurrency} threads; each feed reads up to {@code prefetch} files ahead
 * of the one it applies; feeds are applied side by side, but a feed's files one at a time, in
 * the order given, each in its own transaction ({@link FileIngestor}); once a file's outcome is
 * durable its move runs on the pool while its feed goes on. A feed stops at its first file that
 * cannot be settled now: no later file of it is applied before that one.
 */
final class S3Drain implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3Drain.class);

    /** What became of a waiting file. */
    enum Result {
        /** Its outcome is durable and it has been moved. */
        SETTLED,
        /** It was no longer there: settled by another node or an earlier delivery. */
        GONE,
        /** No feed kind takes it. */
        UNSUPPORTED,
        /** It could not be read, stored or moved now: try it again later. */
        RETRY,
        /** Not tried: an earlier file of its feed is to be tried again first. */
        BEHIND
    }

    /** A file found waiting; {@code find} gives it as it is now, empty when it is gone. */
    record Waiting(String bucket, String key, Instant since, Find find) {

        static Waiting listed(S3Objects objects, String bucket, S3Object object) {
            FeedFile file = objects.file(bucket, object);
            return new Waiting(bucket, object.key(), object.lastModified(), () -> Optional.of(file));
        }
    }

    @FunctionalInterface
    interface Find {
        Optional<FeedFile> find() throws IOException;
    }

    private final S3Objects objects;
    private final FileIngestor ingestor;
    private final FeedBacklog backlog;
    private final FileSettler settler;
    private final int prefetch;
    private final long prefetchMaxBytes;
    private final int catchingUpAt;
    private final ExecutorService requests;
    private final OrderedLanes<FeedLane> lanes;
    /** Moves queued or running: a feed that applies faster than files move waits here. */
    private final Semaphore moves;

    private final Set<FeedLane> reported = ConcurrentHashMap.newKeySet();
    private final S3ProcessedListing processedListing;

    S3Drain(
            S3Objects objects,
            FileIngestor ingestor,
            FeedBacklog backlog,
            DrainProperties properties,
            long maxFileSize,
            Clock clock) {
        this.objects = objects;
        this.ingestor = ingestor;
        this.backlog = backlog;
        this.settler = new FileSettler(clock);
        this.prefetch = properties.prefetch();
        this.prefetchMaxBytes = Math.min(properties.prefetchMaxSize().toBytes(), maxFileSize);
        this.catchingUpAt = properties.catchingUpAt();
        this.moves = new Semaphore(properties.s3Concurrency() * 4);
        AtomicInteger count = new AtomicInteger();
        this.requests = Executors.newFixedThreadPool(properties.s3Concurrency(), work -> {
            Thread thread = new Thread(work, "s3-request-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.lanes = new OrderedLanes<>("ingest-feed", properties.feeds());
        this.processedListing = objects.processedListing();
    }

    /** Every object under the prefix after {@code startAfter}, in key order, listed on the request pool. */
    CompletableFuture<List<S3Object>> list(WatchedPrefix where, String startAfter) {
        return CompletableFuture.supplyAsync(
                () -> {
                    List<S3Object> listed = new ArrayList<>();
                    try {
                        objects.list(where.bucket(), where.prefix(), startAfter, listed::add);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                    return listed;
                },
                requests);
    }

    /** Any other request to AWS on the request pool (a burst's further SQS receives). */
    <T> CompletableFuture<T> request(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, requests);
    }

    /** The feed of a file, or empty when no feed kind takes it. */
    Optional<FeedLane> laneOf(String bucket, String key) {
        return ingestor.laneOf(bucket, key);
    }

    /**
     * Drains {@code files}, each feed's in the order given; returns what became of each, in the
     * same order, once every file is applied and moved or left to be tried again.
     */
    List<Result> drain(List<Waiting> files) throws InterruptedException {
        Result[] results = new Result[files.size()];
        Map<FeedLane, List<Integer>> byLane = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Optional<FeedLane> lane =
                    ingestor.laneOf(files.get(i).bucket(), files.get(i).key());
            if (lane.isEmpty()) {
                results[i] = Result.UNSUPPORTED;
            } else {
                byLane.computeIfAbsent(lane.get(), l -> new ArrayList<>()).add(i);
            }
        }
        Map<FeedLane, List<Instant>> since = new LinkedHashMap<>();
        byLane.forEach((lane, indexes) ->
                since.put(lane, indexes.stream().map(i -> files.get(i).since()).toList()));
        DrainBacklog progress = new DrainBacklog(backlog, catchingUpAt, since, reported);
        progress.start();
        Map<FeedLane, CompletableFuture<List<CompletableFuture<Result>>>> runs = new LinkedHashMap<>();
        byLane.forEach((lane, indexes) -> runs.put(
                lane,
                lanes.submit(
                        lane,
                        () -> new DrainLane(
                                        this,
                                        lane,
                                        indexes.stream().map(files::get).toList(),
                                        progress)
                                .run())));
        try {
            for (Map.Entry<FeedLane, CompletableFuture<List<CompletableFuture<Result>>>> run : runs.entrySet()) {
                List<Integer> indexes = byLane.get(run.getKey());
                List<CompletableFuture<Result>> outcomes = outcomes(run.getKey(), run.getValue(), indexes.size());
                for (int i = 0; i < indexes.size(); i++) {
                    results[indexes.get(i)] = outcomes.get(i).get();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a drain step failed outside its own handling", e);
        } finally {
            progress.finish();
        }
        return List.of(results);
    }

    private static List<CompletableFuture<Result>> outcomes(
            FeedLane lane, CompletableFuture<List<CompletableFuture<Result>>> run, int files)
            throws InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            log.error("Draining feed {} failed; its files stay and are tried again", lane, e.getCause());
            List<CompletableFuture<Result>> retry = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                retry.add(CompletableFuture.completedFuture(Result.RETRY));
            }
            return retry;
        }
    }

    /** Reads a waiting file ahead on the request pool: as it is now, with its content when small enough. */
    CompletableFuture<Optional<DrainLane.Fetched>> fetch(Waiting waiting) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        Optional<FeedFile> file = waiting.find().find();
                        if (file.isEmpty() || file.get().size() > prefetchMaxBytes) {
                            return file.map(f -> new DrainLane.Fetched(f, null));
                        }
                        return objects.read(file.get()).map(bytes -> new DrainLane.Fetched(file.get(), bytes));
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                },
                requests);
    }

    /** What is at {@code processed/} over one feed's key range, listed on the request pool. */
    CompletableFuture<Map<String, String>> processed(String bucket, String first, String last) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return processedListing.processed(bucket, first, last);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                },
                requests);
    }

    /**
     * Moves a file whose outcome is durable, on the request pool: an accepted or duplicate file
     * to {@code processed/}, with what is there already known from the feed's one listing of
     * {@code processed/} instead of a HEAD per file; a rejected one gets its report and its move
     * through the {@link FileSettler}, as from every source.
     */
    CompletableFuture<Result> move(
            FeedFile file, IngestOutcome outcome, CompletableFuture<Map<String, String>> processed) {
        try {
            moves.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(Result.RETRY);
        }
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                if (outcome instanceof IngestOutcome.Rejected) {
                                    return done(settler.settle(file, outcome, objects) ? Result.SETTLED : Result.RETRY);
                                }
                                String sha256 = outcome instanceof IngestOutcome.Accepted accepted
                                        ? accepted.contentSha256()
                                        : ((IngestOutcome.Duplicate) outcome).contentSha256();
                                String target = S3Objects.processedTarget(
                                        file,
                                        sha256,
                                        Optional.ofNullable(processed.join().get(file.key())));
                                objects.move(file, target);
                                return done(Result.SETTLED);
                            } catch (IOException | RuntimeException e) {
                                // The outcome is durable: the next delivery finds the file a duplicate and moves it
                                // then.
                                log.warn("Could not move s3://{}/{}: {}", file.bucket(), file.key(), e.getMessage());
                                return done(Result.RETRY);
                            } finally {
                                moves.release();
                            }
                        },
                        requests)
                .thenCompose(Function.identity());
    }

    private static CompletableFuture<Result> done(Result result) {
        return CompletableFuture.completedFuture(result);
    }

    FileIngestor ingestor() {
        return ingestor;
    }

    int prefetch() {
        return prefetch;
    }

    @Override
    public void close() {
        lanes.close();
        requests.shutdownNow();
    }
}
