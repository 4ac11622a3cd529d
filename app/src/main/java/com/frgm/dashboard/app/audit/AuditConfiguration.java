package com.frgm.dashboard.app.audit;

import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.checkpoint.JdbcCheckpoints;
import com.frgm.dashboard.eventstore.replay.StoreReplaySource;
import com.frgm.dashboard.query.playback.PlaybackQueryHandler;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.pointintime.StateAtQueryHandler;
import com.frgm.dashboard.query.positions.PositionsProperties;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayProperties;
import com.frgm.dashboard.query.replay.Replays;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Point-in-time queries in dashboard processes: the query side's in-memory projections restored
 * from the nearest checkpoint in the database and fed by the replay engine from the event store
 * (its storage engine, so through the upcasters), on the node's bounded replay threads; the replay
 * page's played replays, marks and diffs on the same. Wired here because neither module may know the other.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplayProperties.class)
class AuditConfiguration {

    @Bean(destroyMethod = "close")
    Replays replays(ReplayProperties properties) {
        return new Replays(properties.concurrent(), properties.waiting());
    }

    /** The event store as replays read it, for point-in-time answers and projection rebuilds (ADR 0024). */
    @Bean
    StoreReplaySource storeReplaySource(EventStorageEngine storageEngine, JdbcTemplate jdbc) {
        return new StoreReplaySource(storageEngine, new EventReader(jdbc));
    }

    @Bean
    PointInTime pointInTime(
            StoreReplaySource store, JdbcTemplate jdbc, ReplayProperties replay, PositionsProperties positions) {
        return new PointInTime(
                new ReplayEngine(replay.batchSize()), store, new JdbcCheckpoints(jdbc), positions.businessZone());
    }

    @Bean
    StateAtQueryHandler stateAtQueryHandler(PointInTime pointInTime, Replays replays) {
        return new StateAtQueryHandler(pointInTime, replays);
    }

    /** The replay page's replays, from the same store and checkpoints, on the same threads. */
    @Bean
    PlaybackQueryHandler playbackQueryHandler(PointInTime pointInTime, ReplayProperties replay, Replays replays) {
        return new PlaybackQueryHandler(
                pointInTime, new ReplayEngine(replay.batchSize()), replays, replay.fileInterval());
    }
}
