package com.frgm.dashboard.app.health;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FeedStatus;
import com.frgm.dashboard.ingest.health.FeedHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * STALLED while any market-data feed is quiet for longer than the stall time; else CATCHING_UP
 * while an ingest node works off a backlog of some feed's files (ADR 0020). Neither is this
 * process failing: both rank below UP but answer HTTP 200, so a load balancer does not restart
 * a healthy node for them (application.yml sets the order).
 */
@Component("feeds")
class FeedsHealthIndicator implements HealthIndicator {

    static final Status STALLED = new Status("STALLED", "a market-data feed has sent no file for too long");
    static final Status CATCHING_UP = new Status("CATCHING_UP", "a feed's backlog of files is being worked off");

    private final FeedHealth feeds;

    FeedsHealthIndicator(FeedHealth feeds) {
        this.feeds = feeds;
    }

    @Override
    public Health health() {
        FeedHealthView view = feeds.current();
        Map<String, Object> details = new LinkedHashMap<>();
        for (FeedStatus feed : view.feeds()) {
            details.put(
                    feed.kind() + "/" + feed.feed(),
                    feed.state()
                            + backlog(feed)
                            + (feed.quietForMillis() == null
                                    ? ""
                                    : ", last file " + feed.quietForMillis() / 1000 + " s ago"));
        }
        details.put("stallAfter", view.stallAfter().toString());
        Status status = !view.stalled().isEmpty() ? STALLED : !view.catchingUp().isEmpty() ? CATCHING_UP : Status.UP;
        return Health.status(status).withDetails(details).build();
    }

    private static String backlog(FeedStatus feed) {
        if (feed.backlogFiles() == null) {
            return "";
        }
        return ", " + feed.backlogFiles() + " files waiting"
                + (feed.backlogAgeMillis() == null ? "" : ", oldest " + feed.backlogAgeMillis() / 1000 + " s");
    }
}
