package com.frgm.dashboard.ingest.csv;

import java.io.IOException;

/**
 * The input is not well-formed CSV (or not decodable text) at {@link #line()}. A checked
 * {@link IOException} because, like a read failure, it comes from the stream itself; callers
 * turn it into a file problem rather than a crash.
 */
public class CsvFormatException extends IOException {

    private final int line;
    private final String reason;
    private final String value;

    public CsvFormatException(int line, String reason, String value) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
        this.value = value;
    }

    /** 1-based physical line where the faulty field starts. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The offending raw text (shortened), or null when there is nothing useful to show. */
    public String value() {
        return value;
    }
}
