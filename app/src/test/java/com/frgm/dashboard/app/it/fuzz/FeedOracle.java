package com.frgm.dashboard.app.it.fuzz;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.marketdata.MarketDataFeedKind;
import com.frgm.dashboard.ingest.orders.WorkingOrderFeedKind;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.positions.PositionFeedKind;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The application's own feed kinds, outside Spring, with the same settings (env {@code dev}, file
 * zone UTC, default plausibility windows) and the test's fixed "now": what they reject, the
 * running pipeline must reject too.
 */
public final class FeedOracle {

    private final List<FeedKind> kinds;

    public FeedOracle(Instant now) {
        ZoneId utc = ZoneId.of("UTC");
        IngestProperties properties = new IngestProperties(null, "dev", null, null, null, utc, utc, Map.of());
        Plausibility plausibility = FixedPlausibility.at(now);
        this.kinds = List.of(
                new MarketDataFeedKind(properties, plausibility),
                PositionFeedKind.startOfDay(properties, plausibility),
                PositionFeedKind.endOfDay(properties, plausibility),
                new WorkingOrderFeedKind(properties, plausibility));
    }

    public boolean accepts(String bucket, String key, byte[] content) {
        FeedKind kind = kinds.stream()
                .filter(k -> k.handles(bucket, key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feed kind handles " + bucket + "/" + key));
        FeedFile file = new FeedFile(bucket, key, content.length, () -> new ByteArrayInputStream(content));
        try {
            return kind.prepare(file, new ByteArrayInputStream(content), "oracle")
                    .isAccepted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
