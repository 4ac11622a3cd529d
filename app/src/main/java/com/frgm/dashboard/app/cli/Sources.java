package com.frgm.dashboard.app.cli;

import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointStore;
import com.frgm.dashboard.eventstore.checkpoint.JdbcCheckpoints;
import com.frgm.dashboard.eventstore.checkpoint.ObjectStoreCheckpoints;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.eventstore.replay.StoreReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import javax.sql.DataSource;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events and checkpoints an operator command reads, from {@code --source archive} (the
 * default: {@code --archive}, no database needed) or {@code --source store} (the database),
 * through the application's registered upcasters.
 */
record Sources(ReplaySource events, CheckpointStore checkpoints) {

    static Sources of(Options options) {
        String source = options.get("source").orElse("archive");
        EventUpcasterChain upcasters = EventUpcasters.registered();
        return switch (source) {
            case "archive" -> {
                ObjectStore archive = ArchiveLocations.open(options.archive("archive"));
                yield new Sources(
                        new ArchiveReplaySource(new Archive(archive), EventSerialization.serializer(), upcasters),
                        new ObjectStoreCheckpoints(archive));
            }
            case "store" -> {
                DataSource dataSource = options.dataSource();
                yield new Sources(
                        StoreReplaySource.of(dataSource, upcasters), new JdbcCheckpoints(new JdbcTemplate(dataSource)));
            }
            default -> throw new Options.UsageException("--source is archive or store, not " + source);
        };
    }
}
