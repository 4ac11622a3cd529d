package com.frgm.dashboard.ingest.demo;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.ingest.IngestProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Stands in for the desk's feed server on a laptop: writes an Actant market-data file for ZN
 * into the local inbox every interval, the way the feed server does (temporary name, then an
 * atomic rename). Off with {@code FRGM_DEMO_FEED=false}. It runs only in local mode (embedded
 * servers, or {@code FRGM_LOCAL=true}), and its files name a feed of their own,
 * {@value #FEED_ID}: a demo can never stand in for a dead real feed's files in feed health.
 */
@Component
// Only with the local source: it writes into the local inbox, which the S3 source never reads.
@ConditionalOnExpression("${frgm.demo.enabled:true}"
        + " && ${frgm.local:false} && '${frgm.ingest.source:local}' == 'local'")
class DemoFeed extends BackgroundWorker {

    static final String FEED_ID = "DEMO_XCME.ZN";
    private static final Logger log = LoggerFactory.getLogger(DemoFeed.class);
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_PATH =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Path bucket;
    private final DemoMarket market;
    private final Duration interval;

    DemoFeed(IngestProperties properties,
             @Value("${frgm.demo.future:ZNH27}") String future,
             @Value("${frgm.demo.interval:1s}") Duration interval) {
        super("demo-feed");
        this.bucket = properties.inbox().resolve(properties.actantBucket());
        this.interval = interval;
        this.market = new DemoMarket(future, new BigDecimal("110.5"), new SplittableRandom());
    }

    @Override
    protected Duration pause() {
        return interval;
    }

    @Override
    protected String describe() {
        return "demo feed writing ZN market data into " + bucket + " every " + interval;
    }

    @Override
    protected void runOnce() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String name = FEED_ID + "_" + NAME_TIME.format(now) + ".csv";
        Path target = bucket.resolve("market-data").resolve(DATE_PATH.format(now)).resolve(name);
        try {
            if (Files.exists(target)) {
                return; // one file per second, as the feed server names them
            }
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + name + ".tmp");
            Files.writeString(tmp, market.nextFile(now), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.warn("Demo feed could not write {}: {}", target, e.toString());
        }
    }

}
