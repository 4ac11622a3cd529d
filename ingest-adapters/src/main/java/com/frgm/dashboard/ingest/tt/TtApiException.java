package com.frgm.dashboard.ingest.tt;

/** A TT call that failed for good (after retries, or with a status that retrying cannot fix). */
public class TtApiException extends RuntimeException {

    private final int status;

    public TtApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public TtApiException(String message, int status) {
        this(message, status, null);
    }

    /** HTTP status, or 0 when no response came back. */
    public int status() {
        return status;
    }
}
