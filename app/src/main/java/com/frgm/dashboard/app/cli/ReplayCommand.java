package com.frgm.dashboard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.archive.EventHistory;
import com.frgm.dashboard.eventstore.archive.EventMessages;
import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.query.pointintime.PointInTimeState;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code replay --at T}: the dashboard's state at T as JSON on stdout, progress on stderr. */
final class ReplayCommand {

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
        EventHistory history = switch (source) {
            case "archive" -> EventHistory.of(new Archive(ArchiveLocations.open(options.archive("archive"))));
            case "store" -> EventHistory.of(new EventReader(new JdbcTemplate(options.dataSource())), 2_000);
            default -> throw new Options.UsageException("--source is archive or store, not " + source);
        };
        StateAtView view = replay(history, at, instrument, zone, new ProgressBar(err, "replay"));
        ObjectMapper json = EventSerialization.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(json.writeValueAsString(view));
        return 0;
    }

    static StateAtView replay(EventHistory history, Instant at, String instrument, ZoneId zone,
                              java.util.function.Consumer<Double> progress) {
        EventMessages messages = new EventMessages(EventSerialization.serializer());
        PointInTimeState state = new PointInTimeState(zone);
        history.replay(at, e -> state.apply(messages.toMessage(e)), progress);
        return state.view(at, instrument);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Options.UsageException("--at must be an ISO-8601 instant such as 2024-01-15T10:39:38Z");
        }
    }
}
