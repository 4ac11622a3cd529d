package com.frgm.dashboard.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Replays asked for by users (point-in-time answers).
 *
 * @param concurrent how many run at once on this node (each takes a core while it runs)
 * @param waiting    how many more may queue behind them before one is refused as busy
 * @param batchSize  events per unit of work handed to the projections
 */
@ConfigurationProperties("frgm.replay")
public record ReplayProperties(Integer concurrent, Integer waiting, Integer batchSize) {

    public ReplayProperties {
        concurrent = concurrent == null ? 1 : concurrent;
        waiting = waiting == null ? 8 : waiting;
        batchSize = batchSize == null ? 1_000 : batchSize;
    }
}
