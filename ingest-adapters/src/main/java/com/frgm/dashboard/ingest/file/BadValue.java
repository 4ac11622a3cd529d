package com.frgm.dashboard.ingest.file;

/**
 * A cell's or a field's text is not a valid value; the message is the operator-facing reason.
 * Thrown only on bad input and without a stack trace, so a file full of bad values stays cheap
 * to reject.
 */
public final class BadValue extends Exception {

    public BadValue(String reason) {
        super(reason, null, false, false);
    }
}
