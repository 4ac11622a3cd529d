package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.replay.FetchReplayMarksQuery;
import com.frgm.dashboard.api.replay.FetchStateDiffQuery;
import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.api.replay.ReplayMarksView;
import com.frgm.dashboard.api.replay.StateDiffView;
import com.frgm.dashboard.api.replay.StreamReplayQuery;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import com.frgm.dashboard.query.replay.Replays;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import reactor.core.publisher.Flux;

/**
 * Replays for the browser's replay page, each on one of the node's {@link Replays} threads and
 * counted against their cap: a window played forward (a streaming query, ended when its
 * subscriber goes), the timeline marks of a window, and the difference between two instants.
 */
public class PlaybackQueryHandler {

    private final PointInTime pointInTime;
    private final ReplayEngine engine;
    private final Replays replays;
    private final Duration fileInterval;

    public PlaybackQueryHandler(PointInTime pointInTime, ReplayEngine engine, Replays replays, Duration fileInterval) {
        this.pointInTime = pointInTime;
        this.engine = engine;
        this.replays = replays;
        this.fileInterval = fileInterval;
    }

    /** The frames; a full pool is a {@code Replays.BusyException} before the first. */
    @QueryHandler
    public Flux<ReplayFrame> handle(StreamReplayQuery query) {
        return Flux.create(frames -> {
            PlaybackSink sink = new PlaybackSink(frames);
            replays.submit(() -> {
                new Playback(pointInTime, engine, query, fileInterval, sink).run();
                return null;
            });
        });
    }

    @QueryHandler
    public CompletableFuture<ReplayMarksView> handle(FetchReplayMarksQuery query) {
        return replays.submit(() -> {
            TimelineMarks marks = new TimelineMarks(query.from(), query.to(), query.clock());
            ReplayWindow window = ReplayWindow.at(query.to(), query.clock(), Long.MAX_VALUE);
            engine.replay(
                    pointInTime.source(),
                    pointInTime.allBefore(query.from(), query.clock()),
                    window,
                    List.of(marks),
                    index -> {});
            return marks.view();
        });
    }

    @QueryHandler
    public CompletableFuture<StateDiffView> handle(FetchStateDiffQuery query) {
        return replays.submit(() -> {
            StateAtView a = pointInTime.stateAt(query.a(), query.instrument(), query.clock(), index -> {});
            StateAtView b = pointInTime.stateAt(query.b(), query.instrument(), query.clock(), index -> {});
            return StateDiff.between(a, b);
        });
    }
}
