package com.frgm.dashboard.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

class ReplayEngineTest {

    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void handsTheProjectionsOneUnitOfWorkPerBatchAndTheirWritesGoOutWhenItCommits() {
        ListReplaySource source = numbers(7);
        Recorder recorder = new Recorder();
        List<Long> progress = new ArrayList<>();

        ReplayEngine.Replayed replayed =
                new ReplayEngine(3).replay(source, 0, ReplayWindow.everything(), List.of(recorder), progress::add);

        assertThat(recorder.flushes).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
        assertThat(recorder.handledInsideAUnitOfWork).isTrue();
        assertThat(replayed).isEqualTo(new ReplayEngine.Replayed(7, 7, 0));
        assertThat(progress).containsExactly(3L, 6L, 7L);
        assertThat(source.allStreamsClosed()).isTrue();
    }

    @Test
    void startsAfterTheGivenIndexAndStopsAtTheWindowsEnd() {
        Recorder recorder = new Recorder();

        ReplayEngine.Replayed replayed =
                new ReplayEngine(10).replay(numbers(9), 2, ReplayWindow.upTo(6), List.of(recorder), index -> {});

        assertThat(recorder.flushes).containsExactly(List.of(3, 4, 5, 6));
        assertThat(replayed).isEqualTo(new ReplayEngine.Replayed(4, 6, 7));
    }

    @Test
    void byTheDesksClockAppliesWhatWasStoredByTheInstantAndReadsOnlyALittlePastIt() {
        // Event 3 was stamped a moment before event 2 (two appenders); event 5 is far past the instant.
        ListReplaySource source = new ListReplaySource()
                .add(T0, 1)
                .add(T0.plusSeconds(2), 2)
                .add(T0.plusMillis(500), 3)
                .add(T0.plusSeconds(5), 4)
                .add(T0.plus(ReplayWindow.SETTLE).plusSeconds(2), 5)
                .add(T0.plusMillis(700), 6);
        Recorder recorder = new Recorder();

        ReplayEngine.Replayed replayed = new ReplayEngine(10)
                .replay(source, 0, ReplayWindow.storedBy(T0.plusSeconds(1)), List.of(recorder), index -> {});

        assertThat(recorder.flushes).containsExactly(List.of(1, 3));
        assertThat(replayed).isEqualTo(new ReplayEngine.Replayed(2, 3, 5));
    }

    @Test
    void aProjectionThatRefusesAnEventFailsTheReplayAndNothingOfThatBatchIsWritten() {
        Recorder recorder = new Recorder();
        recorder.refuse = 5;

        assertThatThrownBy(() -> new ReplayEngine(3)
                        .replay(numbers(7), 0, ReplayWindow.everything(), List.of(recorder), index -> {}))
                .isInstanceOf(ReplayEngine.ReplayFailedException.class)
                .hasMessageContaining("refused 5");
        assertThat(recorder.flushes).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void anEmptySourceAppliesNothing() {
        Recorder recorder = new Recorder();

        assertThat(new ReplayEngine(3)
                        .replay(new ListReplaySource(), 0, ReplayWindow.everything(), List.of(recorder), index -> {}))
                .isEqualTo(new ReplayEngine.Replayed(0, 0, 0));
        assertThat(recorder.flushes).isEmpty();
    }

    @Test
    void refusesABatchSizeBelowOne() {
        assertThatThrownBy(() -> new ReplayEngine(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ListReplaySource numbers(int count) {
        ListReplaySource source = new ListReplaySource();
        for (int i = 1; i <= count; i++) {
            source.add(T0.plusSeconds(i), i);
        }
        return source;
    }

    /** A projection that writes through a unit-of-work batch, as the live ones do. */
    static final class Recorder {
        final List<List<Integer>> flushes = new ArrayList<>();
        final UnitOfWorkBatch<Integer> batch =
                new UnitOfWorkBatch<>("recorder", writes -> flushes.add(List.copyOf(writes)));
        boolean handledInsideAUnitOfWork = true;
        int refuse = -1;

        @EventHandler
        void on(Integer number) {
            handledInsideAUnitOfWork &= CurrentUnitOfWork.isStarted();
            if (number == refuse) {
                throw new IllegalStateException("refused " + number);
            }
            batch.add(number);
        }
    }
}
