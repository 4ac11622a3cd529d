package com.frgm.dashboard.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.ingest.pipeline.FeedLane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What a drain tells feed health: a feed is catching up while many of its files wait, and no longer after. */
class DrainBacklogTest {

    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    private static final FeedLane MARKET = new FeedLane("market-data", "GE_XCME.ZN");
    private static final FeedLane ORDERS = new FeedLane("tt-orders", "tt-orders");

    private final List<String> told = new ArrayList<>();
    private final FeedBacklog store = new FeedBacklog(null) {
        @Override
        public void report(String feedKind, String feedId, int files, Instant oldestSince) {
            told.add(feedKind + "/" + feedId + " " + files + " since " + oldestSince);
        }

        @Override
        public void caughtUp(String feedKind, String feedId) {
            told.add(feedKind + "/" + feedId + " caught up");
        }
    };
    private final Set<FeedLane> reported = ConcurrentHashMap.newKeySet();

    @Test
    void aFeedIsReportedWhileManyOfItsFilesWaitAndWithdrawnOnceFewAreLeft() {
        DrainBacklog backlog = backlog(Map.of(MARKET, since(6), ORDERS, since(2)));

        backlog.start();
        backlog.advance(MARKET);
        backlog.advance(MARKET);
        backlog.advance(ORDERS);
        backlog.finish();

        assertThat(told).containsExactly("market-data/GE_XCME.ZN 6 since " + T0, "market-data/GE_XCME.ZN caught up");
        assertThat(reported).isEmpty();
    }

    @Test
    void theOldestIsTheEarliestFileStillWaiting() {
        List<Instant> since = new ArrayList<>(since(7));
        since.set(3, T0.minusSeconds(60)); // a late file with an earlier key's position
        DrainBacklog backlog = backlog(Map.of(MARKET, since));

        backlog.start();
        backlog.advance(MARKET);
        backlog.finish();

        assertThat(told)
                .containsExactly(
                        "market-data/GE_XCME.ZN 7 since " + T0.minusSeconds(60),
                        "market-data/GE_XCME.ZN 6 since " + T0.minusSeconds(60));
    }

    @Test
    void aFeedThatStoppedWithManyFilesWaitingStaysReportedUntilALaterDrainEmptiesIt() {
        backlog(Map.of(MARKET, since(8))).start();
        DrainBacklog stopped = backlog(Map.of(MARKET, since(8)));
        stopped.finish();
        assertThat(reported).containsExactly(MARKET);

        DrainBacklog next = backlog(Map.of(ORDERS, since(1)));
        next.start();
        next.finish();

        assertThat(told).last().isEqualTo("market-data/GE_XCME.ZN caught up");
        assertThat(reported).isEmpty();
    }

    @Test
    void aSmallBacklogIsNeverWritten() {
        DrainBacklog backlog = backlog(Map.of(MARKET, since(4)));

        backlog.start();
        backlog.advance(MARKET);
        backlog.finish();

        assertThat(told).isEmpty();
    }

    private DrainBacklog backlog(Map<FeedLane, List<Instant>> waiting) {
        return new DrainBacklog(store, 5, new LinkedHashMap<>(waiting), reported);
    }

    private static List<Instant> since(int files) {
        List<Instant> since = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            since.add(T0.plusSeconds(i));
        }
        return since;
    }
}
