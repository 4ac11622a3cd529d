package com.frgm.dashboard.app.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/** A one-line progress bar on stderr, redrawn at most once per percent, so stdout stays pure JSON. */
final class ProgressBar implements Consumer<Double> {

    private static final int WIDTH = 40;

    private final PrintStream err;
    private final String label;
    private int shown = -1;

    ProgressBar(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void accept(Double fraction) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        if (percent == 100) {
            err.println();
        }
        err.flush();
    }
}
