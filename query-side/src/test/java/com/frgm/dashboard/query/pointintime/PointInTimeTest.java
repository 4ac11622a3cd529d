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
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveCompactor;
import com.frgm.dashboard.eventstore.archive.ArchiveLayout;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.FeedTimes;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
import com.frgm.dashboard.eventstore.archive.SegmentCodec;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointMeta;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.frgm.dashboard.query.replay.ListReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
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

    /**
     * The same property over an archive that records feed times (small segments, the first
     * half of the day compacted): an answer on the feed's clock passes over the segments stamped
     * after its instant (none of them is fetched from the store) and still equals a full replay
     * of every event.
     */
    @Test
    void onAnArchiveThatRecordsFeedTimesAnAnswerSkipsWhatWasStampedLaterAndStillEqualsAFullReplay() {
        int skipped = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(100 + seed);
            ListReplaySource list = new ListReplaySource();
            Day day = new Day(random, list);
            day.files(120);
            ReadsRecorded objects = new ReadsRecorded(new FileObjectStore(dir.resolve("a" + seed)));
            Archive archive = new Archive(objects);
            List<ArchivedEvent> all = archiveEvents(list);
            writeSegments(objects, all, random);
            Instant half = all.get(all.size() / 2).timestamp();
            assertThat(new ArchiveCompactor(archive, ZONE, 60).compact(half).segmentsCompacted())
                    .isPositive();
            ArchiveReplaySource source =
                    new ArchiveReplaySource(archive, EventSerialization.serializer(), EventUpcasters.chain(List.of()));
            ObjectStoreCheckpoints checkpoints = new ObjectStoreCheckpoints(objects);
            new Checkpointer(new ReplayEngine(17), source, checkpoints, ZONE, 50).catchUp(index -> {});
            List<ManifestEntry> entries = archive.manifest();
            assertThat(entries)
                    .allSatisfy(entry -> assertThat(entry.minFeedTime()).isNotNull());

            PointInTime fromCheckpoints = new PointInTime(new ReplayEngine(23), source, checkpoints, ZONE);
            PointInTime fromTheStart = new PointInTime(new ReplayEngine(23), list, ZONE);
            for (int i = 0; i < 30; i++) {
                Instant at = day.randomInstant();
                String instrument = random.nextInt(4) == 0 ? null : INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size()));
                objects.read.clear();
                StateAtView fast = fromCheckpoints.stateAt(at, instrument, ReplayClock.FEED, index -> {});
                StateAtView full = fromTheStart.stateAt(at, instrument, ReplayClock.FEED, index -> {});

                assertThat(state(fast))
                        .as("seed %d, %s on the feed's clock", seed, at)
                        .isEqualTo(state(full));
                List<String> stampedLater = entries.stream()
                        .filter(entry -> entry.allFedAfter(at))
                        .map(ManifestEntry::segment)
                        .toList();
                assertThat(stampedLater).as("segments read for %s", at).noneMatch(objects.read::contains);
                skipped += stampedLater.size();
            }
        }
        assertThat(skipped).as("segments an answer had no need to read").isGreaterThan(20);
    }

    /** An object store that remembers the keys read from it. */
    private static final class ReadsRecorded implements ObjectStore {
        private final ObjectStore store;
        private final Set<String> read = new HashSet<>();

        ReadsRecorded(ObjectStore store) {
            this.store = store;
        }

        @Override
        public void put(String key, byte[] bytes) {
            store.put(key, bytes);
        }

        @Override
        public Optional<byte[]> get(String key) {
            read.add(key);
            return store.get(key);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public List<String> list(String prefix) {
            return store.list(prefix);
        }

        @Override
        public String describe() {
            return store.describe();
        }
    }

    /** The list's events as the archiver writes them: stored rows with their feed times. */
    private static List<ArchivedEvent> archiveEvents(ListReplaySource list) {
        Serializer serializer = EventSerialization.serializer();
        byte[] meta =
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        List<ArchivedEvent> rows = new ArrayList<>();
        try (Stream<TrackedEventMessage<?>> events = list.after(0)) {
            events.forEach(event -> {
                long index = event.trackingToken().position().orElseThrow();
                SerializedObject<byte[]> data = serializer.serialize(event.getPayload(), byte[].class);
                rows.add(new ArchivedEvent(
                        index,
                        event.getIdentifier(),
                        "test-1",
                        "Test",
                        index - 1,
                        data.getType().getName(),
                        data.getType().getRevision(),
                        event.getTimestamp().toString(),
                        data.getData(),
                        meta));
            });
        }
        return new FeedTimes(serializer, EventUpcasters.chain(List.of())).stamp(rows);
    }

    /** Segments of 1 to 12 events, as the archiver cuts them. */
    private static void writeSegments(ObjectStore objects, List<ArchivedEvent> events, Random random) {
        long after = 0;
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(12));
            List<ArchivedEvent> segment = events.subList(from, to);
            byte[] object = SegmentCodec.encode(segment);
            ManifestEntry entry = ManifestEntry.of(after, segment, object);
            objects.put(entry.segment(), object);
            objects.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
            after = entry.lastGlobalIndex();
            from = to;
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
