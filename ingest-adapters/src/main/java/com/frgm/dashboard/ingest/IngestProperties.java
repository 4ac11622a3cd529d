package com.frgm.dashboard.ingest;

import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.marketdata.ProductSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where feed files come from and how they are accepted.
 *
 * @param dataDir      root of the local inbox ({@code {dataDir}/inbox/{bucket}/{key}})
 * @param env          suffix of the bucket names ({@code frgm-actant-{env}})
 * @param pollInterval how often the inbox is scanned when no file-system event wakes it
 * @param settleTime   a file is taken once unchanged this long (a writer may still be busy)
 * @param maxFileSize  larger files are rejected without being read
 * @param fileZone     zone of the time in file names
 * @param businessZone zone whose calendar day a business day is (an order that left the TT
 *                     snapshots is remembered for the rest of its day)
 * @param products     per-product defaults, keyed by product code (ZN)
 */
@ConfigurationProperties("frgm.ingest")
public record IngestProperties(
        Path dataDir,
        String env,
        Duration pollInterval,
        Duration settleTime,
        Long maxFileSize,
        ZoneId fileZone,
        ZoneId businessZone,
        Map<String, ProductSpec> products) {

    public IngestProperties {
        dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath();
        env = env == null || env.isBlank() ? "dev" : env;
        pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
        settleTime = settleTime == null ? Duration.ofMillis(100) : settleTime;
        maxFileSize = maxFileSize == null ? 64L * 1024 * 1024 : maxFileSize;
        fileZone = fileZone == null ? ZoneId.of("UTC") : fileZone;
        businessZone = businessZone == null ? ZoneId.of("UTC") : businessZone;
        products = products == null ? Map.of() : Map.copyOf(products);
    }

    public Path inbox() {
        return dataDir.resolve("inbox");
    }

    public String actantBucket() {
        return FeedLayout.Bucket.ACTANT.named(env);
    }

    public String ttBucket() {
        return FeedLayout.Bucket.TT.named(env);
    }

    /** The bucket the feed's files arrive in, in this environment. */
    public String bucket(FeedLayout layout) {
        return layout.bucket(env);
    }

    public ProductSpec product(String code) {
        return products.getOrDefault(code, ProductSpec.NONE);
    }
}
