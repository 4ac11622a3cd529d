package com.frgm.dashboard.ingest.marketdata;

/**
 * A cell's text is not a valid value; the message is the operator-facing reason. Thrown only on
 * bad input and without a stack trace, so a file full of bad cells stays cheap to reject.
 */
final class BadCell extends Exception {

    BadCell(String reason) {
        super(reason, null, false, false);
    }
}
