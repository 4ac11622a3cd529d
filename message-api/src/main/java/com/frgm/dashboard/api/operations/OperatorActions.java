package com.frgm.dashboard.api.operations;

/** The names of the operator actions the log records. */
public final class OperatorActions {

    public static final String DEAD_LETTERS_RETRIED = "dead-letters-retried";
    public static final String REPLAY_RUN = "replay-run";
    public static final String REBUILD_STARTED = "rebuild-started";
    public static final String REBUILD_CANCELLED = "rebuild-cancelled";

    private OperatorActions() {}
}
