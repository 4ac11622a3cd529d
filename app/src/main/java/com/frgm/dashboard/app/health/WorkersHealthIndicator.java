package com.frgm.dashboard.app.health;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when a background worker's thread has ended or a pass of it hangs: the sources, the
 * archiver, the TT poller and the stall monitor must never stop silently. Part of liveness, so
 * the orchestrator restarts such a node.
 */
@Component("workers")
class WorkersHealthIndicator implements HealthIndicator {

    private final List<BackgroundWorker> workers;

    WorkersHealthIndicator(List<BackgroundWorker> workers) {
        this.workers = List.copyOf(workers);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (BackgroundWorker worker : workers) {
            BackgroundWorker.Liveness liveness = worker.liveness();
            up &= liveness.healthy();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("alive", liveness.alive());
            detail.put("stuck", liveness.stuck());
            if (liveness.lastPassEnded() != null) {
                detail.put("lastPassEnded", liveness.lastPassEnded().toString());
            }
            if (liveness.lastFailure() != null) {
                detail.put("lastFailure", liveness.lastFailure());
                detail.put("lastFailureAt", String.valueOf(liveness.lastFailureAt()));
            }
            details.put(liveness.name(), detail);
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }
}
