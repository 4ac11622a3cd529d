package com.frgm.dashboard.query.replay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Replays asked for by users (point-in-time answers, diffs, timeline marks and replays played to
 * the browser).
 *
 * @param concurrent   how many run at once on this node (each takes a core while it runs; a
 *                     played replay holds its thread until it ends or its client goes)
 * @param waiting      how many more may queue behind them before one is refused as busy
 * @param batchSize    events per unit of work handed to the projections
 * @param fileInterval the pause between two frames of a replay played file by file
 */
@ConfigurationProperties("frgm.replay")
public record ReplayProperties(Integer concurrent, Integer waiting, Integer batchSize, Duration fileInterval) {

    public ReplayProperties {
        concurrent = concurrent == null ? 1 : concurrent;
        waiting = waiting == null ? 8 : waiting;
        batchSize = batchSize == null ? 1_000 : batchSize;
        fileInterval = fileInterval == null ? Duration.ofMillis(500) : fileInterval;
    }
}
