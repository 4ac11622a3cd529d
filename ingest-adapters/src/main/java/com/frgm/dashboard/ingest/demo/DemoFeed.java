package com.frgm.dashboard.ingest.demo;

import com.frgm.dashboard.eventstore.objects.AtomicFiles;
import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.marketdata.MarketDataFileName;
import com.frgm.dashboard.ingest.orders.SnapshotFileName;
import com.frgm.dashboard.ingest.positions.PositionFileName;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Stands in for the desk's feed server on a laptop: writes an Actant market-data file for ZN
 * into the local inbox every interval, the way the feed server does (temporary name, then an
 * atomic rename). At start it also writes the demo account's start-of-day file and the previous
 * business day's end-of-day file, and a TT working-order snapshot every {@code frgm.demo.orders-interval}
 * (30 s) whose orders fill over time ({@link DemoAccount}, account DEMO01). Off with {@code FRGM_DEMO_FEED=false}. It runs only in local mode (embedded
 * servers, or {@code FRGM_LOCAL=true}), and its files name a feed of their own,
 * {@code DEMO_XCME.ZN}: a demo can never stand in for a dead real feed's files in feed health.
 */
@Component
// Only with the local source: it writes into the local inbox, which the S3 source never reads.
@ConditionalOnExpression(
        "${frgm.demo.enabled:true}" + " && ${frgm.local:false} && '${frgm.ingest.source:local}' == 'local'")
class DemoFeed extends BackgroundWorker {

    static final String FEED_ID = marketDataFile(Instant.EPOCH).feedId();
    private static final Logger log = LoggerFactory.getLogger(DemoFeed.class);

    private final Path bucket;
    private final Path ttBucket;
    private final DemoMarket market;
    private final DemoAccount account;
    private final Duration interval;
    private final Duration ordersInterval;
    private final ZoneId businessZone;
    private final ZoneId fileZone;
    private LocalDate positionsDate;
    private Instant lastSnapshot;

    DemoFeed(IngestProperties properties, DemoProperties demo) {
        super("demo-feed");
        this.bucket = properties.inbox().resolve(properties.bucket(FeedLayout.MARKET_DATA));
        this.ttBucket = properties.inbox().resolve(properties.bucket(FeedLayout.WORKING_ORDERS));
        this.interval = demo.interval();
        this.ordersInterval = demo.ordersInterval();
        this.businessZone = properties.businessZone();
        this.fileZone = properties.fileZone();
        SplittableRandom random = new SplittableRandom();
        this.market = new DemoMarket(demo.future(), new BigDecimal("110.5"), random);
        this.account = new DemoAccount(market, random.split(), Instant.now());
    }

    @Override
    protected Duration pause() {
        return interval;
    }

    @Override
    protected String describe() {
        return "demo feed writing ZN market data into " + bucket + " every " + interval + ", and account "
                + DemoAccount.ACCOUNT + "'s positions and TT orders (every " + ordersInterval + ")";
    }

    @Override
    protected void runOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path target = bucket.resolve(marketDataFile(now).key(fileZone));
        try {
            if (Files.exists(target)) {
                return; // one file per second, as the feed server names them
            }
            write(target, market.nextFile(now));
            LocalDate today = LocalDate.ofInstant(now, businessZone);
            if (!today.equals(positionsDate)) {
                writePositions(today);
                positionsDate = today;
            }
            if (lastSnapshot == null || !now.isBefore(lastSnapshot.plus(ordersInterval))) {
                lastSnapshot = now;
                writeSnapshot(now);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Demo feed could not write {}: {}", target, e.toString());
        }
    }

    private void writePositions(LocalDate today) throws IOException {
        LocalDate previous = DemoAccount.previousBusinessDay(today);
        write(bucket.resolve(PositionFileName.key(FeedLayout.END_OF_DAY, previous)), account.endOfDay());
        write(bucket.resolve(PositionFileName.key(FeedLayout.START_OF_DAY, today)), account.startOfDay());
    }

    private void writeSnapshot(Instant now) throws IOException {
        write(ttBucket.resolve(new SnapshotFileName(now).key(fileZone)), account.snapshot(now));
    }

    /** The demo's market-data file at a time: a feed of its own, never a real one's. */
    private static MarketDataFileName marketDataFile(Instant time) {
        return new MarketDataFileName("DEMO", "XCME", "ZN", time);
    }

    /** Written aside and renamed, as the feed server does, so the inbox never takes half a file. */
    private static void write(Path target, String content) throws IOException {
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
