package com.frgm.dashboard.ingest.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a file's problems up to a limit, so that a hopeless file (a wrong feed dropped in
 * the wrong place) yields a readable report instead of one line per cell. Not thread-safe: one
 * per parse.
 */
public final class Problems {

    /** Enough for an operator to see a pattern; beyond it a report only gets harder to read. */
    public static final int DEFAULT_MAX = 1000;

    private final int max;
    private final List<FileProblem> list = new ArrayList<>();
    private boolean full;

    public Problems(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    public void add(Integer line, String column, String value, String reason) {
        if (full) {
            return;
        }
        if (list.size() == max) {
            full = true;
            list.add(FileProblem.ofFile("too many problems, stopped after " + max));
            return;
        }
        list.add(new FileProblem(line, column, value, reason));
    }

    /** True once the limit was passed: parsing may stop, nothing more will be recorded. */
    public boolean full() {
        return full;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FileProblem> list() {
        return list;
    }
}
