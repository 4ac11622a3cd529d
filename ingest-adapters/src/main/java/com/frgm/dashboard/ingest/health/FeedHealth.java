package com.frgm.dashboard.ingest.health;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FeedStates;
import com.frgm.dashboard.api.feeds.FeedStatus;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Feed health from the ingestion bookkeeping every node shares (accepted and rejected files),
 * so any dashboard or ingest process answers the same. Every read also refreshes the
 * {@code frgm.feed.stalled} and {@code frgm.feed.quiet} gauges of each feed.
 */
@Component
@EnableConfigurationProperties(FeedHealthProperties.class)
public class FeedHealth {

    static final String MARKET_DATA = "market-data";
    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration HISTORY = Duration.ofDays(1);

    private final FeedActivity activity;
    private final Duration stallAfter;
    private final MeterRegistry meters;
    private final Map<String, FeedStatus> latest = new ConcurrentHashMap<>();

    public FeedHealth(FeedActivity activity, FeedHealthProperties properties, MeterRegistry meters) {
        this.activity = activity;
        this.stallAfter = properties.stallAfter();
        this.meters = meters;
    }

    @QueryHandler
    public FeedHealthView handle(FetchFeedHealthQuery query) {
        return current();
    }

    public FeedHealthView current() {
        List<FeedStatus> feeds = activity.feeds(WINDOW, HISTORY).stream().map(this::status).toList();
        feeds.forEach(this::publish);
        return new FeedHealthView(stallAfter, feeds);
    }

    private FeedStatus status(FeedActivity.Feed feed) {
        return new FeedStatus(feed.feedId(), feed.kind(), state(feed), feed.lastFileTime(), feed.lastArrival(),
                feed.lastFileKey(), feed.filesInWindow(), feed.rowsInWindow(), feed.rejectsInHistory(),
                feed.lastRejected(), feed.lastIngestLagMillis(),
                feed.quietFor() == null ? null : feed.quietFor().toMillis());
    }

    private String state(FeedActivity.Feed feed) {
        if (feed.lastArrival() == null || !MARKET_DATA.equals(feed.kind())) {
            return feed.filesInWindow() > 0 ? FeedStates.FLOWING : FeedStates.IDLE;
        }
        return feed.quietFor().compareTo(stallAfter) > 0 ? FeedStates.STALLED : FeedStates.FLOWING;
    }

    private void publish(FeedStatus status) {
        String key = status.kind() + "/" + status.feed();
        if (latest.put(key, status) == null) {
            Gauge.builder("frgm.feed.stalled", latest, m -> FeedStates.STALLED.equals(m.get(key).state()) ? 1 : 0)
                    .description("1 while the feed is stalled").tag("kind", status.kind()).tag("feed", status.feed())
                    .register(meters);
            Gauge.builder("frgm.feed.quiet", latest, m -> quietSeconds(m.get(key)))
                    .description("Seconds since the feed's last accepted file").baseUnit("seconds")
                    .tag("kind", status.kind()).tag("feed", status.feed()).register(meters);
        }
    }

    private static double quietSeconds(FeedStatus status) {
        return status.quietForMillis() == null ? Double.NaN : status.quietForMillis() / 1000.0;
    }
}
