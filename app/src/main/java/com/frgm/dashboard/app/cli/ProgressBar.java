package com.frgm.dashboard.app.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * A one-line progress bar on stderr, redrawn only when its percent (or its note, such as an ETA)
 * changes, so stdout stays pure JSON.
 */
final class ProgressBar implements Consumer<Double> {

    private static final int WIDTH = 40;

    private final PrintStream err;
    private final String label;
    private int shown = -1;
    private String shownNote = "";

    ProgressBar(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void accept(Double fraction) {
        show(fraction, "");
    }

    /** The bar at {@code fraction} with {@code note} after it; 100 % ends the line. */
    void show(double fraction, String note) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent == shown && note.equals(shownNote)) {
            return;
        }
        int padding = Math.max(0, shownNote.length() - note.length());
        shown = percent;
        shownNote = note;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%"
                + (note.isEmpty() ? "" : " " + note) + " ".repeat(padding));
        if (percent == 100) {
            err.println();
        }
        err.flush();
    }

    /** Ends the line where the bar stands (for a rebuild that stops short of 100 %). */
    void end() {
        if (shown >= 0 && shown < 100) {
            err.println();
        }
    }
}
