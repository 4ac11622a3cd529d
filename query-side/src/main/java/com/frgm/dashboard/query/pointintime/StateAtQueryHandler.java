package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;

/** Answers "what did the dashboard show at T" by a full replay up to T (no checkpoints yet). */
public class StateAtQueryHandler {

    private final EventReplay history;
    private final ZoneId businessZone;

    public StateAtQueryHandler(EventReplay history, ZoneId businessZone) {
        this.history = history;
        this.businessZone = businessZone;
    }

    /**
     * The replay runs on a thread of its own: the projections hand their writes to the current
     * unit of work when there is one, and this query's would hold them until after the answer.
     */
    @QueryHandler
    public StateAtView handle(FetchStateAtQuery query) {
        return CompletableFuture.supplyAsync(() -> {
            PointInTimeState state = new PointInTimeState(businessZone);
            history.replay(query.at(), state::apply);
            return state.view(query.at(), query.instrument());
        }, task -> {
            Thread thread = new Thread(task, "point-in-time-replay");
            thread.setDaemon(true);
            thread.start();
        }).join();
    }
}
