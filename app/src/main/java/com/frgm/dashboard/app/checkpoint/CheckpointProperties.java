package com.frgm.dashboard.app.checkpoint;

import com.frgm.dashboard.query.pointintime.Checkpointer;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Replay checkpoints (docs/adr/0022).
 *
 * @param enabled      whether this ingest node's writer runs (one node writes at a time)
 * @param everyEvents  a checkpoint per this many global indexes
 * @param pollInterval how often the writer looks for new events once caught up
 */
@ConfigurationProperties("frgm.checkpoints")
public record CheckpointProperties(Boolean enabled, Long everyEvents, Duration pollInterval) {

    public CheckpointProperties {
        enabled = enabled == null || enabled;
        everyEvents = everyEvents == null ? Checkpointer.DEFAULT_EVERY : everyEvents;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    }
}
