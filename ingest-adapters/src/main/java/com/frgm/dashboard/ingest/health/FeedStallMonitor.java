package com.frgm.dashboard.ingest.health;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FeedStatus;
import com.frgm.dashboard.api.feeds.MarkFeedStalledCommand;
import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a quiet market-data feed that it has stalled, so the stall is an event in its history.
 * Every ingest node may run this: the feed aggregate records a stall once, and ignores a notice
 * about a file older than its last (a file that arrived meanwhile). Resuming is recorded by the
 * feed itself with its next file.
 */
@Component
public class FeedStallMonitor extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(FeedStallMonitor.class);

    private final FeedHealth health;
    private final CommandGateway commands;
    private final Duration checkInterval;
    private final Clock clock;
    /** The last file key each stall was reported for, so a stall is sent once per quiet spell. */
    private final Map<String, String> reported = new ConcurrentHashMap<>();

    public FeedStallMonitor(FeedHealth health, CommandGateway commands, FeedHealthProperties properties, Clock clock) {
        super("feed-stall-monitor");
        this.clock = clock;
        this.health = health;
        this.commands = commands;
        this.checkInterval = properties.checkInterval();
    }

    /** One check; visible for tests. */
    public void check() {
        FeedHealthView view = health.current();
        for (FeedStatus feed : view.stalled()) {
            if (feed.lastFileKey() == null || feed.lastFileKey().equals(reported.get(feed.feed()))) {
                continue;
            }
            commands.send(new MarkFeedStalledCommand(
                            feed.feed(), feed.lastFileKey(), feed.lastArrival(), view.stallAfter(), clock.instant()))
                    .whenComplete((events, failure) -> {
                        if (failure != null) {
                            log.warn("Could not record the stall of feed {}: {}", feed.feed(), failure.toString());
                        } else {
                            reported.put(feed.feed(), feed.lastFileKey());
                            log.warn(
                                    "Feed {} stalled: no file since {} ({})",
                                    feed.feed(),
                                    feed.lastArrival(),
                                    feed.lastFileKey());
                        }
                    });
        }
    }

    @Override
    protected void runOnce() {
        check();
    }

    @Override
    protected Duration pause() {
        return checkInterval;
    }

    @Override
    protected Duration initialDelay() {
        return checkInterval;
    }

    @Override
    protected String describe() {
        return "feed stall monitor (every " + checkInterval + ")";
    }
}
