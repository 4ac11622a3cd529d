package com.frgm.dashboard.query.playback;

import static com.frgm.dashboard.query.playback.Scenario.T0;
import static com.frgm.dashboard.query.playback.Scenario.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.replay.OrderChange;
import com.frgm.dashboard.api.replay.PositionChange;
import com.frgm.dashboard.api.replay.QuoteChange;
import com.frgm.dashboard.api.replay.StateDiffView;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    private static final Instant A = T0.plusSeconds(5);
    private static final Instant B = T0.plusSeconds(15);

    @Test
    void namesTheOneQuoteLevelThatChangedAndEveryOrderAndPositionThatMoved() {
        WorkingOrder kept = order("O-1", "112.5", 10, 0);
        WorkingOrder removed = order("O-2", "112.484375", 5, 0);
        WorkingOrder amended = order("O-1", "112.484375", 10, 4);
        WorkingOrder added = order("O-3", "112.5", 3, 0);
        Scenario scenario = new Scenario()
                .startOfDay(T0, "ACC1", 7)
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 124)
                .ttFile(
                        T0.plusSeconds(2),
                        "tt-1.json",
                        Scenario.working(T0.plusSeconds(2), kept),
                        Scenario.working(T0.plusSeconds(2), removed))
                .quoteFile(T0.plusSeconds(10), "md-2.csv", 125)
                .ttFile(
                        T0.plusSeconds(11),
                        "tt-2.json",
                        Scenario.amended(T0.plusSeconds(11), kept, amended),
                        Scenario.filled(T0.plusSeconds(11), 4, amended),
                        Scenario.gone(T0.plusSeconds(11), removed),
                        Scenario.working(T0.plusSeconds(11), added));
        PointInTime pointInTime = new PointInTime(new ReplayEngine(100), scenario.source, ZoneOffset.UTC);

        StateDiffView diff = StateDiff.between(
                pointInTime.stateAt(A, Scenario.INSTRUMENT, ReplayClock.DESK, index -> {}),
                pointInTime.stateAt(B, Scenario.INSTRUMENT, ReplayClock.DESK, index -> {}));

        assertThat(diff.quotes())
                .containsExactly(
                        new QuoteChange(Scenario.INSTRUMENT, new BigDecimal("112.484375"), 124L, 125L, null, null));
        assertThat(diff.orders())
                .containsExactly(
                        new OrderChange("O-1", OrderChange.CHANGED, kept, amended),
                        new OrderChange("O-2", OrderChange.REMOVED, removed, null),
                        new OrderChange("O-3", OrderChange.ADDED, null, added));
        assertThat(diff.positions()).containsExactly(new PositionChange("ACC1", Scenario.INSTRUMENT, 7, 11));
        assertThat(diff.lastGlobalIndexB()).isGreaterThan(diff.lastGlobalIndexA());
    }

    @Test
    void isEmptyBetweenTwoInstantsWithNothingStoredBetweenThem() {
        Scenario scenario = new Scenario()
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 124)
                .quoteFile(T0.plusSeconds(30), "md-2.csv", 125);
        PointInTime pointInTime = new PointInTime(new ReplayEngine(100), scenario.source, ZoneOffset.UTC);

        StateDiffView diff =
                StateDiff.between(pointInTime.stateAt(A, null, index -> {}), pointInTime.stateAt(B, null, index -> {}));

        assertThat(diff.quotes()).isEmpty();
        assertThat(diff.orders()).isEmpty();
        assertThat(diff.positions()).isEmpty();
    }
}
