package com.frgm.dashboard.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FeedStates;
import com.frgm.dashboard.api.feeds.FeedStatus;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import com.frgm.dashboard.eventstore.files.FeedBacklog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed's state from its activity: market data stalls when quiet; other kinds are only idle. */
class FeedHealthTest {

    private static final Instant ARRIVAL = Instant.parse("2024-01-15T10:39:39Z");

    private final List<FeedActivity.Feed> activity = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<FeedBacklog.Waiting> backlogs = new ArrayList<>();
    private final FeedHealth health = new FeedHealth(
            new FeedActivity(null) {
                @Override
                public List<Feed> feeds(Duration window, Duration history) {
                    return List.copyOf(activity);
                }
            },
            new FeedBacklog(null) {
                @Override
                public List<Waiting> current(Duration fresh) {
                    return List.copyOf(backlogs);
                }
            },
            new FeedHealthProperties(Duration.ofSeconds(60), null),
            meters);

    @Test
    void aMarketDataFeedIsFlowingUpToTheStallTimeAndStalledPastIt() {
        activity.add(marketData("GE_XCME.ZN", Duration.ofSeconds(30), 25));
        activity.add(marketData("GE_XCME.ZB", Duration.ofSeconds(60), 0));
        activity.add(marketData("GE_XCME.ZF", Duration.ofSeconds(61), 0));

        FeedHealthView view = health.current();

        assertThat(view.feeds())
                .extracting(FeedStatus::feed, FeedStatus::state)
                .containsExactly(
                        tuple("GE_XCME.ZN", FeedStates.FLOWING),
                        tuple("GE_XCME.ZB", FeedStates.FLOWING),
                        tuple("GE_XCME.ZF", FeedStates.STALLED));
        assertThat(view.stalled()).extracting(FeedStatus::feed).containsExactly("GE_XCME.ZF");
        assertThat(view.stallAfter()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aFeedWithOnlyRejectsIsIdle() {
        activity.add(
                new FeedActivity.Feed("market-data", "GE_XCME.ZN", null, null, null, 0, 0, null, 4, ARRIVAL, null));

        assertThat(health.current().feeds()).extracting(FeedStatus::state).containsExactly(FeedStates.IDLE);
    }

    @Test
    void startAndEndOfDayFeedsNeverStallTheyAreFlowingOrIdle() {
        activity.add(new FeedActivity.Feed(
                "sod", "sod", ARRIVAL, ARRIVAL, "sod/a.csv", 1, 120, 900L, 0, null, Duration.ofSeconds(5)));
        activity.add(new FeedActivity.Feed(
                "eod", "eod", ARRIVAL, ARRIVAL, "eod/a.csv", 0, 0, 900L, 0, null, Duration.ofHours(20)));

        assertThat(health.current().feeds())
                .extracting(FeedStatus::feed, FeedStatus::state)
                .containsExactly(tuple("sod", FeedStates.FLOWING), tuple("eod", FeedStates.IDLE));
    }

    @Test
    void theStatusCarriesTheFeedsFigures() {
        activity.add(new FeedActivity.Feed(
                "market-data",
                "GE_XCME.ZN",
                ARRIVAL,
                ARRIVAL.minusMillis(250),
                "market-data/a.csv",
                30,
                600,
                250L,
                2,
                ARRIVAL.minusSeconds(10),
                Duration.ofMillis(1500)));

        assertThat(health.handle(new FetchFeedHealthQuery()).feeds())
                .containsExactly(new FeedStatus(
                        "GE_XCME.ZN",
                        "market-data",
                        FeedStates.FLOWING,
                        ARRIVAL.minusMillis(250),
                        ARRIVAL,
                        "market-data/a.csv",
                        30,
                        600,
                        2,
                        ARRIVAL.minusSeconds(10),
                        250L,
                        1500L,
                        null,
                        null));
    }

    @Test
    void aFeedWithABacklogIsCatchingUpNotStalledAndSaysHowMuchWaitsAndHowLong() {
        activity.add(marketData("GE_XCME.ZN", Duration.ofSeconds(300), 0));
        activity.add(marketData("GE_XCME.ZB", Duration.ofSeconds(1), 3));
        backlogs.add(new FeedBacklog.Waiting("market-data", "GE_XCME.ZN", 4200, 310_000L));
        backlogs.add(new FeedBacklog.Waiting("tt-orders", "tt-orders", 12, 9_000L));

        FeedHealthView view = health.current();

        assertThat(view.feeds())
                .extracting(FeedStatus::feed, FeedStatus::state, FeedStatus::backlogFiles, FeedStatus::backlogAgeMillis)
                .containsExactly(
                        tuple("GE_XCME.ZN", FeedStates.CATCHING_UP, 4200, 310_000L),
                        tuple("GE_XCME.ZB", FeedStates.FLOWING, null, null),
                        tuple("tt-orders", FeedStates.CATCHING_UP, 12, 9_000L));
        assertThat(view.stalled()).isEmpty();
        assertThat(view.catchingUp()).extracting(FeedStatus::feed).containsExactly("GE_XCME.ZN", "tt-orders");
        assertThat(meters.get("frgm.feed.backlog")
                        .tag("feed", "GE_XCME.ZN")
                        .gauge()
                        .value())
                .isEqualTo(4200);
    }

    @Test
    void theGaugesFollowTheLatestRead() {
        activity.add(marketData("GE_XCME.ZN", Duration.ofSeconds(90), 0));
        health.current();
        assertThat(meters.get("frgm.feed.stalled")
                        .tag("feed", "GE_XCME.ZN")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(meters.get("frgm.feed.quiet")
                        .tag("feed", "GE_XCME.ZN")
                        .gauge()
                        .value())
                .isEqualTo(90);

        activity.clear();
        activity.add(marketData("GE_XCME.ZN", Duration.ofSeconds(2), 1));
        health.current();
        assertThat(meters.get("frgm.feed.stalled")
                        .tag("feed", "GE_XCME.ZN")
                        .gauge()
                        .value())
                .isZero();
        assertThat(meters.get("frgm.feed.quiet")
                        .tag("feed", "GE_XCME.ZN")
                        .gauge()
                        .value())
                .isEqualTo(2);
    }

    private static FeedActivity.Feed marketData(String feed, Duration quietFor, long filesInWindow) {
        return new FeedActivity.Feed(
                "market-data",
                feed,
                ARRIVAL,
                ARRIVAL,
                "market-data/" + feed + ".csv",
                filesInWindow,
                filesInWindow * 20,
                120L,
                0,
                null,
                quietFor);
    }
}
