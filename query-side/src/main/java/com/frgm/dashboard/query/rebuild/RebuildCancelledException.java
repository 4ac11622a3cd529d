package com.frgm.dashboard.query.rebuild;

/** Thrown from a rebuild's progress callback to stop the replay between two batches. */
final class RebuildCancelledException extends RuntimeException {

    RebuildCancelledException(String reason) {
        super(reason, null, false, false);
    }
}
