package com.frgm.dashboard.ingest.health;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FeedStates;
import com.frgm.dashboard.api.feeds.FeedStatus;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.ingest.file.FeedLayout;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Feed health from the ingestion bookkeeping every node shares (accepted and rejected files,
 * the backlogs being drained), so any dashboard or ingest process answers the same. Every read
 * also refreshes the {@code frgm.feed.stalled}, {@code frgm.feed.quiet} and {@code frgm.feed.backlog}
 * gauges of each feed.
 */
@Component
@EnableConfigurationProperties(FeedHealthProperties.class)
public class FeedHealth {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration HISTORY = Duration.ofDays(1);
    /** A backlog not reported again for this long belongs to a node that stopped mid-drain. */
    private static final Duration BACKLOG_FRESH = Duration.ofSeconds(30);

    private final FeedActivity activity;
    private final FeedBacklog backlog;
    private final Duration stallAfter;
    private final MeterRegistry meters;
    private final Map<String, FeedStatus> latest = new ConcurrentHashMap<>();

    public FeedHealth(
            FeedActivity activity, FeedBacklog backlog, FeedHealthProperties properties, MeterRegistry meters) {
        this.activity = activity;
        this.backlog = backlog;
        this.stallAfter = properties.stallAfter();
        this.meters = meters;
    }

    @QueryHandler
    public FeedHealthView handle(FetchFeedHealthQuery query) {
        return current();
    }

    public FeedHealthView current() {
        Map<String, FeedBacklog.Waiting> waiting = new LinkedHashMap<>();
        backlog.current(BACKLOG_FRESH).forEach(w -> waiting.put(w.kind() + "/" + w.feedId(), w));
        List<FeedStatus> feeds = new ArrayList<>();
        for (FeedActivity.Feed feed : activity.feeds(WINDOW, HISTORY)) {
            feeds.add(status(feed, waiting.remove(feed.kind() + "/" + feed.feedId())));
        }
        // A feed whose files wait before any of them was ingested today.
        waiting.values()
                .forEach(w -> feeds.add(new FeedStatus(
                        w.feedId(),
                        w.kind(),
                        FeedStates.CATCHING_UP,
                        null,
                        null,
                        null,
                        0,
                        0,
                        0,
                        null,
                        null,
                        null,
                        w.files(),
                        w.ageMillis())));
        feeds.forEach(this::publish);
        return new FeedHealthView(stallAfter, feeds);
    }

    /** A feed with a backlog is catching up, not stalled: its files are there, only not yet applied. */
    private FeedStatus status(FeedActivity.Feed feed, FeedBacklog.Waiting waiting) {
        return new FeedStatus(
                feed.feedId(),
                feed.kind(),
                waiting == null ? state(feed) : FeedStates.CATCHING_UP,
                feed.lastFileTime(),
                feed.lastArrival(),
                feed.lastFileKey(),
                feed.filesInWindow(),
                feed.rowsInWindow(),
                feed.rejectsInHistory(),
                feed.lastRejected(),
                feed.lastIngestLagMillis(),
                feed.quietFor() == null ? null : feed.quietFor().toMillis(),
                waiting == null ? null : waiting.files(),
                waiting == null ? null : waiting.ageMillis());
    }

    private String state(FeedActivity.Feed feed) {
        if (feed.lastArrival() == null || !FeedLayout.MARKET_DATA.kind().equals(feed.kind())) {
            return feed.filesInWindow() > 0 ? FeedStates.FLOWING : FeedStates.IDLE;
        }
        return feed.quietFor().compareTo(stallAfter) > 0 ? FeedStates.STALLED : FeedStates.FLOWING;
    }

    private void publish(FeedStatus status) {
        String key = status.kind() + "/" + status.feed();
        if (latest.put(key, status) == null) {
            Gauge.builder(
                            "frgm.feed.stalled",
                            latest,
                            m -> FeedStates.STALLED.equals(m.get(key).state()) ? 1 : 0)
                    .description("1 while the feed is stalled")
                    .tag("kind", status.kind())
                    .tag("feed", status.feed())
                    .register(meters);
            Gauge.builder("frgm.feed.quiet", latest, m -> quietSeconds(m.get(key)))
                    .description("Seconds since the feed's last accepted file")
                    .baseUnit("seconds")
                    .tag("kind", status.kind())
                    .tag("feed", status.feed())
                    .register(meters);
            Gauge.builder("frgm.feed.backlog", latest, m -> backlogFiles(m.get(key)))
                    .description("Files of the feed waiting in a drain (0 unless catching up)")
                    .tag("kind", status.kind())
                    .tag("feed", status.feed())
                    .register(meters);
        }
    }

    private static double backlogFiles(FeedStatus status) {
        return status.backlogFiles() == null ? 0 : status.backlogFiles();
    }

    private static double quietSeconds(FeedStatus status) {
        return status.quietForMillis() == null ? Double.NaN : status.quietForMillis() / 1000.0;
    }
}
