package com.frgm.dashboard.app.cli;

import com.frgm.dashboard.query.pointintime.Checkpointer;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.io.PrintStream;
import java.time.ZoneId;

/**
 * {@code checkpoint}: brings the replay checkpoints of a source up to date (an archive copied to a
 * directory, or a restored database), with progress on stderr. The application's checkpoint
 * writer does the same continuously; this is for sources it does not write to.
 */
final class CheckpointCommand {

    private final Options options;
    private final PrintStream err;

    CheckpointCommand(Options options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    int run() {
        Sources sources = Sources.of(options);
        ZoneId zone = ZoneId.of(options.get("zone", "FRGM_BUSINESS_ZONE").orElse("UTC"));
        long every = Long.parseLong(options.get("every").orElse(Long.toString(Checkpointer.DEFAULT_EVERY)));
        long head = Math.max(1, sources.events().head());
        ProgressBar bar = new ProgressBar(err, "checkpoints");
        Checkpointer checkpointer =
                new Checkpointer(new ReplayEngine(1_000), sources.events(), sources.checkpoints(), zone, every);
        int saved = checkpointer.catchUp(index -> bar.accept(Math.min(1.0, (double) index / head)));
        bar.accept(1.0);
        err.println("saved " + saved + " checkpoints to " + checkpointer.describe() + " up to global index "
                + checkpointer.position());
        return 0;
    }
}
