package com.frgm.dashboard.query.playback;

import static com.frgm.dashboard.query.playback.Scenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.api.TooBusy;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.replay.FetchReplayMarksQuery;
import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.api.replay.ReplayMark;
import com.frgm.dashboard.api.replay.ReplaySpeed;
import com.frgm.dashboard.api.replay.StreamReplayQuery;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.Replays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

class PlaybackQueryHandlerTest {

    private final Replays replays = new Replays(1, 0);

    @AfterEach
    void closeThreads() {
        replays.close();
    }

    @Test
    void playsTheStateAtTheStartThenOneFramePerFileInOrderAndEndsWithTheStateAtTheEnd() {
        Scenario scenario = new Scenario()
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 101)
                .quoteFile(T0.plusSeconds(2), "md-2.csv", 102)
                .ttFile(
                        T0.plusSeconds(3),
                        "tt-1.json",
                        Scenario.working(T0.plusSeconds(3), Scenario.order("O-1", "112.5", 10, 0)))
                .quoteFile(T0.plusSeconds(4), "md-3.csv", 104)
                .quoteFile(T0.plusSeconds(9), "md-4.csv", 109);
        Instant from = T0.plusMillis(1_500);
        Instant to = T0.plusMillis(4_500);

        List<ReplayFrame> frames = handler(scenario)
                .handle(new StreamReplayQuery(from, to, ReplaySpeed.X100, ReplayClock.DESK, Scenario.INSTRUMENT))
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(frames).extracting(ReplayFrame::kind).containsExactly("start", "file", "file", "file", "end");
        assertThat(frames)
                .extracting(ReplayFrame::fileKey)
                .containsExactly(null, "md-2.csv", "tt-1.json", "md-3.csv", null);
        assertThat(frames)
                .extracting(ReplayFrame::at)
                .containsExactly(from, T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4), to);
        assertThat(frames).extracting(ReplayFrame::globalIndex).isSorted();
        assertThat(depthBid(frames.get(0).ladders())).isEqualTo(101);
        assertThat(depthBid(frames.get(1).ladders())).isEqualTo(102);
        assertThat(frames.get(2).ladders())
                .as("a TT file leaves the ladder alone")
                .isEmpty();
        assertThat(frames.get(2).orders().get(0).orders())
                .extracting(o -> o.orderId())
                .containsExactly("O-1");
        StateAtView atEnd = new PointInTime(new ReplayEngine(100), scenario.source, ZoneOffset.UTC)
                .stateAt(to, Scenario.INSTRUMENT, index -> {});
        ReplayFrame end = frames.get(4);
        assertThat(end.ladders()).isEqualTo(atEnd.ladders());
        assertThat(end.orders()).isEqualTo(atEnd.orders());
        assertThat(end.positions()).isEqualTo(atEnd.positions());
        assertThat(end.globalIndex()).isEqualTo(atEnd.lastGlobalIndex());
        assertThat(scenario.source.allStreamsClosed()).isTrue();
    }

    @Test
    void pacesTheFramesOnTheReplayedClock() {
        Scenario scenario = new Scenario()
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 101)
                .quoteFile(T0.plusSeconds(31), "md-2.csv", 102);
        long started = System.nanoTime();

        handler(scenario)
                .handle(new StreamReplayQuery(
                        T0, T0.plusSeconds(40), ReplaySpeed.X100, ReplayClock.DESK, Scenario.INSTRUMENT))
                .blockLast(Duration.ofSeconds(10));

        // 40 s of the window at 100x: 0.4 s.
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(390), Duration.ofSeconds(5));
    }

    @Test
    void stopsTheReplayThreadWhenTheClientGoes() {
        Scenario scenario = new Scenario()
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 101)
                .quoteFile(T0.plusSeconds(3_000), "md-2.csv", 102);
        List<ReplayFrame> received = new CopyOnWriteArrayList<>();

        Disposable client = handler(scenario)
                .handle(new StreamReplayQuery(
                        T0, T0.plusSeconds(3_600), ReplaySpeed.X1, ReplayClock.DESK, Scenario.INSTRUMENT))
                .subscribe(received::add);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(replays.inFlight())
                .as("the replay waits out its pace on its thread")
                .isEqualTo(1);

        client.dispose();

        await().atMost(Duration.ofSeconds(2)).until(() -> replays.inFlight() == 0);
        await().atMost(Duration.ofSeconds(2)).until(scenario.source::allStreamsClosed);
        assertThat(received).extracting(ReplayFrame::kind).containsExactly("start");
    }

    @Test
    void refusesAReplayBeyondTheCapBeforeItsFirstFrame() {
        Scenario scenario = new Scenario().quoteFile(T0.plusSeconds(1), "md-1.csv", 101);
        PlaybackQueryHandler handler = handler(scenario);
        StreamReplayQuery slow =
                new StreamReplayQuery(T0, T0.plusSeconds(3_600), ReplaySpeed.X1, ReplayClock.DESK, Scenario.INSTRUMENT);
        Disposable first = handler.handle(slow).subscribe();
        await().atMost(Duration.ofSeconds(5)).until(() -> replays.inFlight() == 1);

        StepVerifier.create(handler.handle(slow))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(Replays.BusyException.class)
                        .satisfies(busy -> assertThat(((Replays.BusyException) busy).getDetails())
                                .containsInstanceOf(TooBusy.class)))
                .verify(Duration.ofSeconds(5));
        first.dispose();
    }

    @Test
    void marksTheFilesRejectsStallsAndFillsOfTheWindowOnly() {
        Scenario scenario = new Scenario()
                .quoteFile(T0.plusSeconds(1), "md-1.csv", 101)
                .quoteFile(T0.plusSeconds(5), "md-2.csv", 102)
                .rejected(T0.plusSeconds(6), "md-bad.csv")
                .stalled(T0.plusSeconds(70))
                .ttFile(
                        T0.plusSeconds(80),
                        "tt-1.json",
                        Scenario.filled(T0.plusSeconds(80), 2, Scenario.order("O-1", "112.5", 10, 2)))
                .quoteFile(T0.plusSeconds(200), "md-3.csv", 103);

        List<ReplayMark> marks = handler(scenario)
                .handle(new FetchReplayMarksQuery(T0.plusSeconds(2), T0.plusSeconds(100), ReplayClock.DESK))
                .join()
                .marks();

        assertThat(marks).extracting(ReplayMark::kind).containsExactly("file", "reject", "stall", "fill", "file");
        assertThat(marks)
                .extracting(ReplayMark::fileKey)
                .containsExactly("md-2.csv", "md-bad.csv", "last.csv", null, "tt-1.json");
        assertThat(marks.get(1).detail()).isEqualTo("line 2: bid is not a number");
        assertThat(marks.get(3).detail()).isEqualTo("BUY 2 ZNH24 @ 112.5 (ACC1)");
        assertThat(marks.get(3).at()).isEqualTo(T0.plusSeconds(80));
    }

    private PlaybackQueryHandler handler(Scenario scenario) {
        return new PlaybackQueryHandler(
                new PointInTime(new ReplayEngine(100), scenario.source, ZoneOffset.UTC),
                new ReplayEngine(100),
                replays,
                Duration.ofMillis(1));
    }

    private static long depthBid(List<LadderView> ladders) {
        assertThat(ladders).hasSize(1);
        return ladders.get(0).levels().stream()
                .filter(level -> level.price().compareTo(new BigDecimal("112.484375")) == 0)
                .findFirst()
                .orElseThrow()
                .bidSize();
    }
}
