package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import java.time.ZoneId;
import org.axonframework.queryhandling.QueryHandler;

/** Answers "what did the dashboard show at T" by a full replay up to T (no checkpoints yet). */
public class StateAtQueryHandler {

    private final EventReplay history;
    private final ZoneId businessZone;

    public StateAtQueryHandler(EventReplay history, ZoneId businessZone) {
        this.history = history;
        this.businessZone = businessZone;
    }

    @QueryHandler
    public StateAtView handle(FetchStateAtQuery query) {
        PointInTimeState state = new PointInTimeState(businessZone);
        history.replay(query.at(), state::apply);
        return state.view(query.at(), query.instrument());
    }
}
