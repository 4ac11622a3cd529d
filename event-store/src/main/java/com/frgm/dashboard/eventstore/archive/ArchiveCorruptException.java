package com.frgm.dashboard.eventstore.archive;

/** A segment is missing, or does not match its manifest entry; the message names it. */
public class ArchiveCorruptException extends RuntimeException {

    public ArchiveCorruptException(String message) {
        super(message);
    }
}
