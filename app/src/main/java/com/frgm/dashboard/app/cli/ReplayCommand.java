package com.frgm.dashboard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.checkpoint.CheckpointStore;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.pointintime.PointInTime;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code replay --at T} (or {@code --feed-time T}): the dashboard's state at T on the desk's clock
 * (or the market's on the feed's) as JSON on stdout, progress on stderr; from the nearest
 * checkpoint of the source unless {@code --checkpoints ignore}.
 */
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
        Optional<String> desk = options.get("at");
        Optional<String> feed = options.get("feed-time");
        if (desk.isPresent() == feed.isPresent()) {
            throw new Options.UsageException(
                    "give exactly one of --at (the desk's clock) and --feed-time (the feed's)");
        }
        ReplayClock clock = desk.isPresent() ? ReplayClock.DESK : ReplayClock.FEED;
        Instant at = instant(
                desk.isPresent() ? "--at" : "--feed-time", desk.or(() -> feed).orElseThrow());
        String instrument = options.get("instrument").orElse(null);
        ZoneId zone = ZoneId.of(options.get("zone", "FRGM_BUSINESS_ZONE").orElse("UTC"));
        Sources sources = Sources.of(options);
        CheckpointStore checkpoints = switch (options.get("checkpoints").orElse("use")) {
            case "use" -> sources.checkpoints();
            case "ignore" -> null;
            default -> throw new Options.UsageException("--checkpoints is use or ignore");
        };
        StateAtView view =
                replay(sources.events(), checkpoints, at, clock, instrument, zone, new ProgressBar(err, "replay"));
        ObjectMapper json = EventSerialization.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(json.writeValueAsString(view));
        return 0;
    }

    /** The state at {@code at} from {@code events}, through the replay engine; progress as a fraction of the source. */
    static StateAtView replay(
            ReplaySource events,
            CheckpointStore checkpoints,
            Instant at,
            ReplayClock clock,
            String instrument,
            ZoneId zone,
            Consumer<Double> progress) {
        ReplaySource snapshot = events.snapshot();
        long head = Math.max(1, snapshot.head());
        PointInTime pointInTime = new PointInTime(new ReplayEngine(BATCH_SIZE), snapshot, checkpoints, zone);
        StateAtView view = pointInTime.stateAt(
                at, instrument, clock, index -> progress.accept(Math.min(1.0, (double) index / head)));
        progress.accept(1.0);
        return view;
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Options.UsageException(option + " must be an ISO-8601 instant such as 2024-01-15T10:39:38Z");
        }
    }
}
