package com.frgm.dashboard.bench;

import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.s3.S3ListingPoller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.s3.S3Client;

/** The drain benchmark's two measurements on queued files, and its bursts. */
final class Drains {

    private static final int MAX_PASSES = 20;
    private static final Duration BURST_LIMIT = Duration.ofSeconds(120);

    private final S3Client s3;
    private final ExecutorService pool;
    private final JdbcTemplate jdbc;
    private final S3ListingPoller source;
    private final int rows;
    /** Files made so far: every file of the run is new content under a new key. */
    private int made;

    Drains(S3Client s3, ExecutorService pool, JdbcTemplate jdbc, S3ListingPoller source, int rows) {
        this.s3 = s3;
        this.pool = pool;
        this.jdbc = jdbc;
        this.source = source;
        this.rows = rows;
    }

    /**
     * @param floorSeconds the same objects fetched with plain concurrent GETs
     * @param s3Seconds    the S3 requests no drain can avoid, plain and concurrent: a GET, a COPY
     *                     and a DELETE per file (of a scratch copy, so the files stay queued)
     * @param drainSeconds listing passes until every file is committed and moved
     */
    record Figures(double floorSeconds, double s3Seconds, double drainSeconds) {}

    Figures queueAndDrain(int files) throws Exception {
        List<BenchObject> objects = make(files);
        DrainBenchmark.upload(s3, pool, objects);
        double floor = floor(objects);
        double s3Floor = s3Floor(objects);
        long before = ingested();
        long start = System.nanoTime();
        for (int pass = 1; ingested() - before < files; pass++) {
            if (pass > MAX_PASSES) {
                throw new IllegalStateException(
                        (ingested() - before) + " of " + files + " files ingested after " + MAX_PASSES + " passes");
            }
            source.pollOnce();
        }
        double drain = (System.nanoTime() - start) / 1e9;
        long waiting = waiting(objects);
        if (waiting > 0 || ingested() - before != files) {
            throw new IllegalStateException(
                    waiting + " files still waiting, " + (ingested() - before) + " of " + files + " ingested");
        }
        return new Figures(floor, s3Floor, drain);
    }

    /** Seconds from the end of an upload of {@code files} files, with the source running, to the last one's commit. */
    double burst(int files) throws Exception {
        List<BenchObject> objects = make(files);
        long before = ingested();
        DrainBenchmark.upload(s3, pool, objects);
        long uploaded = System.nanoTime();
        while (ingested() - before < files) {
            if (System.nanoTime() - uploaded > BURST_LIMIT.toNanos()) {
                throw new IllegalStateException("a burst of " + files + " was not ingested within " + BURST_LIMIT);
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - uploaded) / 1e9;
    }

    private List<BenchObject> make(int files) {
        List<BenchObject> objects = new ArrayList<>(files);
        BenchFeed[] kinds = BenchFeed.values();
        for (int i = 0; i < files; i++, made++) {
            objects.add(BenchObject.of(kinds[made % kinds.length], made / kinds.length, rows));
        }
        return objects;
    }

    private double floor(List<BenchObject> objects) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> gets = new ArrayList<>();
        for (BenchObject object : objects) {
            gets.add(pool.submit(
                    () -> s3.getObjectAsBytes(r -> r.bucket(object.bucket()).key(object.key()))));
        }
        DrainBenchmark.all(gets);
        return (System.nanoTime() - start) / 1e9;
    }

    private double s3Floor(List<BenchObject> objects) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> requests = new ArrayList<>();
        for (BenchObject object : objects) {
            requests.add(pool.submit(() -> {
                String scratch = "scratch/" + object.key();
                s3.getObjectAsBytes(r -> r.bucket(object.bucket()).key(object.key()));
                s3.copyObject(r -> r.sourceBucket(object.bucket())
                        .sourceKey(object.key())
                        .destinationBucket(object.bucket())
                        .destinationKey(scratch));
                s3.deleteObject(r -> r.bucket(object.bucket()).key(scratch));
                return null;
            }));
        }
        DrainBenchmark.all(requests);
        return (System.nanoTime() - start) / 1e9;
    }

    private long waiting(List<BenchObject> objects) {
        return objects.stream()
                .map(BenchObject::bucket)
                .distinct()
                .mapToLong(bucket -> s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream()
                        .filter(o -> !FeedLayout.isProcessed(o.key()))
                        .count())
                .sum();
    }

    private long ingested() {
        return jdbc.queryForObject("SELECT count(*) FROM ingested_file", Long.class);
    }
}
