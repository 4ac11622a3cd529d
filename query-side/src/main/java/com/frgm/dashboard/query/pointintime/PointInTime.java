package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongConsumer;

/**
 * What the dashboard showed at an instant: a fresh {@link PointInTimeState} fed by the replay
 * engine from {@code source} with every event committed by then. The same answer for the API
 * (from the store) and the CLI (from the store or an archive).
 */
public final class PointInTime {

    private final ReplayEngine engine;
    private final ReplaySource source;
    private final ZoneId businessZone;

    public PointInTime(ReplayEngine engine, ReplaySource source, ZoneId businessZone) {
        this.engine = engine;
        this.source = source;
        this.businessZone = businessZone;
    }

    /** {@code progress} hears the last global index read after every batch. */
    public StateAtView stateAt(Instant at, String instrument, LongConsumer progress) {
        PointInTimeState state = new PointInTimeState(businessZone);
        ReplayEngine.Replayed replayed = engine.replay(source, 0, ReplayWindow.storedBy(at), state.projections(),
                progress);
        return state.view(at, instrument, replayed);
    }

    public ReplaySource source() {
        return source;
    }
}
