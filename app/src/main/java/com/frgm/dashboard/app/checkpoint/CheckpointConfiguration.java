package com.frgm.dashboard.app.checkpoint;

import com.frgm.dashboard.eventstore.archive.ArchiveLocation;
import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.checkpoint.JdbcCheckpoints;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.replay.StoreReplaySource;
import com.frgm.dashboard.eventstore.worker.AdvisoryLockLeadership;
import com.frgm.dashboard.query.pointintime.Checkpointer;
import com.frgm.dashboard.query.positions.PositionsProperties;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay checkpoint writer, in ingest processes beside the archiver (its role in
 * {@code Roles}): checkpoints into the database for the API's point-in-time answers, and beside
 * the archive for replays that have only the archive.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CheckpointProperties.class, PositionsProperties.class})
@ConditionalOnProperty(name = "frgm.checkpoints.enabled", havingValue = "true", matchIfMissing = true)
class CheckpointConfiguration {

    /** The advisory lock whose holder writes the checkpoints ("FRGM CKP" in ASCII). */
    static final long LEADER_LOCK_KEY = 0x4652474D20434B50L;

    @Bean
    CheckpointWriter checkpointWriter(
            EventStorageEngine storageEngine,
            JdbcTemplate jdbc,
            DataSource dataSource,
            ObjectProvider<ArchiveLocation> archive,
            CheckpointProperties properties,
            PositionsProperties positions) {
        StoreReplaySource source = new StoreReplaySource(storageEngine, new EventReader(jdbc));
        return new CheckpointWriter(
                () -> {
                    List<Checkpointer> checkpointers = new ArrayList<>();
                    checkpointers.add(new Checkpointer(
                            new ReplayEngine(1_000),
                            source,
                            new JdbcCheckpoints(jdbc),
                            positions.businessZone(),
                            properties.everyEvents()));
                    archive.ifAvailable(location -> checkpointers.add(new Checkpointer(
                            new ReplayEngine(1_000),
                            source,
                            new ObjectStoreCheckpoints(location.store()),
                            positions.businessZone(),
                            properties.everyEvents())));
                    return checkpointers;
                },
                new AdvisoryLockLeadership(dataSource, LEADER_LOCK_KEY, "checkpoint writer"),
                properties.pollInterval());
    }
}
