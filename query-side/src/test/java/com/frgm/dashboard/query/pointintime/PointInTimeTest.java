package com.frgm.dashboard.query.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointMeta;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.query.replay.ListReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property checkpoints rest on: for any instant, on either clock, the answer started from
 * the nearest checkpoint equals a replay from the first event. The events are random but shaped
 * like a day's: quotes per file, late files (feed time far behind store time), store times a
 * little out of order, working orders and fills, start-of-day positions, stalls and rejects.
 */
class PointInTimeTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant START = Instant.parse("2024-01-15T14:00:00Z");
    private static final List<String> INSTRUMENTS = List.of("ZNH24", "ZBH24", "ZFH24", "ZTH24");

    @TempDir
    Path dir;

    @Test
    void anAnswerFromACheckpointEqualsAFullReplayAtRandomInstantsOnBothClocks() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            ListReplaySource source = new ListReplaySource();
            ObjectStoreCheckpoints checkpoints =
                    new ObjectStoreCheckpoints(new FileObjectStore(dir.resolve("s" + seed)));
            Day day = new Day(random, source);

            // Written while the day goes on, by two writers in turn (a takeover resumes).
            day.files(40);
            new Checkpointer(new ReplayEngine(17), source, checkpoints, ZONE, 50).catchUp(index -> {});
            day.files(40);
            Checkpointer second = new Checkpointer(new ReplayEngine(17), source, checkpoints, ZONE, 50);
            second.catchUp(index -> {});
            day.files(25);
            second.catchUp(index -> {});
            assertThat(checkpoints.list(PointInTimeState.VERSION)).hasSizeGreaterThan(5);

            PointInTime fromCheckpoints = new PointInTime(new ReplayEngine(23), source, checkpoints, ZONE);
            PointInTime fromTheStart = new PointInTime(new ReplayEngine(23), source, ZONE);
            int startedFromACheckpoint = 0;
            for (int i = 0; i < 30; i++) {
                Instant at = day.randomInstant();
                ReplayClock clock = random.nextBoolean() ? ReplayClock.DESK : ReplayClock.FEED;
                String instrument = random.nextInt(4) == 0 ? null : INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size()));
                StateAtView fast = fromCheckpoints.stateAt(at, instrument, clock, index -> {});
                StateAtView full = fromTheStart.stateAt(at, instrument, clock, index -> {});

                assertThat(state(fast))
                        .as("seed %d, %s on the %s clock", seed, at, clock)
                        .isEqualTo(state(full));
                assertThat(fast.clock()).isEqualTo(clock);
                if (fast.checkpointGlobalIndex() > 0) {
                    startedFromACheckpoint++;
                }
            }
            assertThat(startedFromACheckpoint)
                    .as("answers that used a checkpoint, seed %d", seed)
                    .isGreaterThan(5);
            assertThat(source.allStreamsClosed()).isTrue();
        }
    }

    @Test
    void anAnswerLateInTheDayReadsOnlyTheEventsAfterItsCheckpoint() {
        ListReplaySource source = new ListReplaySource();
        ObjectStoreCheckpoints checkpoints = new ObjectStoreCheckpoints(new FileObjectStore(dir));
        Day day = new Day(new Random(7), source);
        day.files(100);
        new Checkpointer(new ReplayEngine(50), source, checkpoints, ZONE, 100).catchUp(index -> {});
        long[] first = {Long.MAX_VALUE};

        StateAtView answer = new PointInTime(new ReplayEngine(1), source, checkpoints, ZONE)
                .stateAt(
                        day.storedAt.minusSeconds(5),
                        null,
                        ReplayClock.DESK,
                        index -> first[0] = Math.min(first[0], index));

        assertThat(answer.checkpointGlobalIndex()).isGreaterThan(source.head() / 2);
        assertThat(first[0]).isEqualTo(answer.checkpointGlobalIndex() + 1);
    }

    @Test
    void aDamagedCheckpointIsPassedOverForAnEarlierOne() {
        ListReplaySource source = new ListReplaySource();
        FileObjectStore objects = new FileObjectStore(dir);
        ObjectStoreCheckpoints checkpoints = new ObjectStoreCheckpoints(objects);
        Day day = new Day(new Random(11), source);
        day.files(60);
        new Checkpointer(new ReplayEngine(50), source, checkpoints, ZONE, 100).catchUp(index -> {});
        List<CheckpointMeta> metas = checkpoints.list(PointInTimeState.VERSION);
        CheckpointMeta newest = metas.get(metas.size() - 1);
        checkpoints.save(newest, new byte[] {31, -117, 8, 0, 1, 2, 3});

        Instant at = day.storedAt;
        StateAtView answer = new PointInTime(new ReplayEngine(10), source, checkpoints, ZONE)
                .stateAt(at, null, ReplayClock.DESK, index -> {});

        assertThat(answer.checkpointGlobalIndex())
                .isEqualTo(metas.get(metas.size() - 2).globalIndex());
        assertThat(state(answer))
                .isEqualTo(state(new PointInTime(new ReplayEngine(10), source, ZONE)
                        .stateAt(at, null, ReplayClock.DESK, index -> {})));
    }

    /** What must be equal: every view, not the bookkeeping of how it was reached. */
    private static List<Object> state(StateAtView view) {
        return List.of(
                view.at(), view.ladders(), view.orders(), view.positions(), view.riskLimitBreaches(), view.feeds());
    }

    /** A trading day's events, a file at a time. */
    private static final class Day {
        private final Random random;
        private final ListReplaySource source;
        private final List<WorkingOrder> working = new ArrayList<>();
        private Instant storedAt = START;
        private int file;

        Day(Random random, ListReplaySource source) {
            this.random = random;
            this.source = source;
            List<StartOfDayPosition> positions = new ArrayList<>();
            for (String instrument : INSTRUMENTS) {
                positions.add(new StartOfDayPosition(
                        "ACC1", instrument, random.nextInt(20) - 10, BigDecimal.valueOf(110), Map.of()));
            }
            source.add(
                    storedAt,
                    new StartOfDayPositionsSetEvent(
                            "sod", LocalDate.of(2024, 1, 15), "sod/2024-01-15.csv", "sha-sod", null, positions));
        }

        void files(int count) {
            for (int i = 0; i < count; i++) {
                file();
            }
        }

        Instant randomInstant() {
            long span = Duration.between(START.minusSeconds(30), storedAt.plusSeconds(30))
                    .toMillis();
            return START.minusSeconds(30).plusMillis((long) (random.nextDouble() * span));
        }

        private void file() {
            file++;
            storedAt = storedAt.plusMillis(500 + random.nextInt(1500));
            boolean late = random.nextInt(8) == 0;
            Instant stamped = late
                    ? storedAt.minusSeconds(60 + random.nextInt(600))
                    : storedAt.minusMillis(50 + random.nextInt(400));
            String key = "md/" + file + ".csv";
            int roll = random.nextInt(20);
            if (roll == 0) {
                add(new FileRejectedEvent("market-data", "md", "bucket", key, "sha-" + file, 1, "row 3: no bid"));
                return;
            }
            if (roll == 1) {
                add(new FeedStalledEvent(
                        "md", "md/" + (file - 1) + ".csv", storedAt.minusSeconds(9), Duration.ofSeconds(5), storedAt));
                add(new FeedResumedEvent("md", key, stamped, storedAt.minusSeconds(1)));
            }
            if (roll < 5) {
                orders(stamped);
                return;
            }
            int quotes = 1 + random.nextInt(5);
            for (int q = 0; q < quotes; q++) {
                add(new QuoteUpdatedEvent(
                        "md", key, quote(INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size())), stamped.plusMillis(q))));
            }
            add(new MarketDataFileAcceptedEvent("md", key, "sha-" + file, stamped, quotes, quotes, 0, 0));
        }

        private void orders(Instant snapshot) {
            if (working.isEmpty() || random.nextInt(3) == 0) {
                WorkingOrder order = new WorkingOrder(
                        "O" + file,
                        "ACC1",
                        INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size())),
                        random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL,
                        BigDecimal.valueOf(110 + random.nextInt(5)),
                        5 + random.nextInt(10),
                        0,
                        "Working",
                        snapshot);
                working.add(order);
                add(new OrderWorkingEvent("tt", snapshot, order));
                return;
            }
            WorkingOrder order = working.get(random.nextInt(working.size()));
            if (random.nextBoolean() && order.filledQty() < order.qty()) {
                long fill = 1 + random.nextInt((int) (order.qty() - order.filledQty()));
                WorkingOrder filled = new WorkingOrder(
                        order.orderId(),
                        order.account(),
                        order.instrument(),
                        order.side(),
                        order.price(),
                        order.qty(),
                        order.filledQty() + fill,
                        "Working",
                        snapshot);
                working.set(working.indexOf(order), filled);
                add(new OrderFilledEvent("tt", snapshot, fill, filled));
            } else {
                working.remove(order);
                add(new OrderNoLongerWorkingEvent("tt", snapshot, order));
            }
        }

        private void add(Object payload) {
            // Two appenders stamp an event before they queue for the append lock: a little out of order.
            source.add(storedAt.minusMillis(random.nextInt(3) == 0 ? random.nextInt(800) : 0), payload);
        }

        private MarketQuote quote(String instrument, Instant timestamp) {
            BigDecimal bid = BigDecimal.valueOf(11_000 + random.nextInt(40), 2);
            return new MarketQuote(
                    instrument,
                    timestamp,
                    bid,
                    (long) (1 + random.nextInt(500)),
                    bid.add(BigDecimal.valueOf(1, 2)),
                    (long) (1 + random.nextInt(500)),
                    bid,
                    (long) random.nextInt(9999),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    BigDecimal.valueOf(1, 2),
                    BigDecimal.valueOf(1000),
                    Map.of());
        }
    }
}
