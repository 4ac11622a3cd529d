package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.query.replay.Replays;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers "what did the dashboard show at T" (or "what was the market at T" on the feed's clock)
 * from the nearest checkpoint and a replay of the events after it, on one of
 * the node's {@link Replays} threads: the query's own thread returns at once, and the replay's
 * batches are units of work of their own, not nested in the query's.
 */
public class StateAtQueryHandler {

    private final PointInTime pointInTime;
    private final Replays replays;

    public StateAtQueryHandler(PointInTime pointInTime, Replays replays) {
        this.pointInTime = pointInTime;
        this.replays = replays;
    }

    @QueryHandler
    public CompletableFuture<StateAtView> handle(FetchStateAtQuery query) {
        return replays.submit(() -> pointInTime.stateAt(query.at(), query.instrument(), query.clock(), index -> {}));
    }
}
