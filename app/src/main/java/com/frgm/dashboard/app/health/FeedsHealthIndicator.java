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
 * STALLED while any market-data feed is quiet for longer than the stall time. A stalled feed is
 * upstream's problem, not this process's: the status ranks below UP but answers HTTP 200, so a
 * load balancer does not restart a healthy node for it (application.yml sets the order).
 */
@Component("feeds")
class FeedsHealthIndicator implements HealthIndicator {

    static final Status STALLED = new Status("STALLED", "a market-data feed has sent no file for too long");

    private final FeedHealth feeds;

    FeedsHealthIndicator(FeedHealth feeds) {
        this.feeds = feeds;
    }

    @Override
    public Health health() {
        FeedHealthView view = feeds.current();
        Map<String, Object> details = new LinkedHashMap<>();
        for (FeedStatus feed : view.feeds()) {
            details.put(feed.kind() + "/" + feed.feed(), feed.state()
                    + (feed.quietForMillis() == null ? "" : ", last file " + feed.quietForMillis() / 1000 + " s ago"));
        }
        details.put("stallAfter", view.stallAfter().toString());
        return Health.status(view.stalled().isEmpty() ? Status.UP : STALLED).withDetails(details).build();
    }
}
