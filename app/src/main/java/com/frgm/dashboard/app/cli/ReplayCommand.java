package com.frgm.dashboard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.replay.ArchiveReplaySource;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.eventstore.replay.StoreReplaySource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/** {@code replay --at T}: the dashboard's state at T as JSON on stdout, progress on stderr. */
final class ReplayCommand {

    private static final int BATCH_SIZE = 1_000;

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    ReplayCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        Instant at = instant(options.require("at"));
        String instrument = options.get("instrument").orElse(null);
        ZoneId zone = ZoneId.of(options.get("zone", "FRGM_BUSINESS_ZONE").orElse("UTC"));
        String source = options.get("source").orElse("archive");
        EventUpcasterChain upcasters = EventUpcasters.registered();
        ReplaySource events = switch (source) {
            case "archive" -> new ArchiveReplaySource(new Archive(ArchiveLocations.open(options.archive("archive"))),
                    EventSerialization.serializer(), upcasters);
            case "store" -> StoreReplaySource.of(options.dataSource(), upcasters);
            default -> throw new Options.UsageException("--source is archive or store, not " + source);
        };
        StateAtView view = replay(events, at, instrument, zone, new ProgressBar(err, "replay"));
        ObjectMapper json = EventSerialization.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(json.writeValueAsString(view));
        return 0;
    }

    /** The state at {@code at} from {@code events}, through the replay engine; progress as a fraction of the source. */
    static StateAtView replay(ReplaySource events, Instant at, String instrument, ZoneId zone,
                              Consumer<Double> progress) {
        long head = Math.max(1, events.head());
        PointInTime pointInTime = new PointInTime(new ReplayEngine(BATCH_SIZE), events, zone);
        StateAtView view = pointInTime.stateAt(at, instrument, index -> progress.accept(Math.min(1.0, (double) index / head)));
        progress.accept(1.0);
        return view;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Options.UsageException("--at must be an ISO-8601 instant such as 2024-01-15T10:39:38Z");
        }
    }
}
