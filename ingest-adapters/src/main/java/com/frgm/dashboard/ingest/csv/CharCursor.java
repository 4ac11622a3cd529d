package com.frgm.dashboard.ingest.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Buffered characters with a physical line count (LF, CRLF and a lone CR each end a line).
 * Runs of ordinary characters are copied straight from the buffer, which keeps the CSV reader
 * free of per-character calls on the common path.
 */
final class CharCursor {

    static final int END = -1;
    private static final int BUFFER_CHARS = 8192;

    private final Reader in;
    private final char[] buf = new char[BUFFER_CHARS];
    private int pos;
    private int limit;
    private int line = 1;
    private boolean exhausted;

    CharCursor(Reader in) {
        this.in = in;
    }

    /** 1-based physical line of the next character. */
    int line() {
        return line;
    }

    int peek() throws IOException {
        if (pos == limit && !fill()) {
            return END;
        }
        return buf[pos];
    }

    int read() throws IOException {
        if (pos == limit && !fill()) {
            return END;
        }
        char c = buf[pos++];
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
        return c;
    }

    /**
     * Appends the run of characters up to the next quote or line break (and comma, unless
     * {@code quoted}) that is already buffered; the caller peeks to see what stopped it.
     */
    void appendRun(StringBuilder to, boolean quoted) throws IOException {
        if (pos == limit && !fill()) {
            return;
        }
        int start = pos;
        while (pos < limit) {
            char c = buf[pos];
            if (c == '"' || c == '\n' || c == '\r' || (c == ',' && !quoted)) {
                break;
            }
            pos++;
        }
        to.append(buf, start, pos - start);
    }

    /** True when the run stopped at the end of the buffer rather than at a special character. */
    boolean atBufferEnd() {
        return pos == limit && !exhausted;
    }

    private boolean fill() throws IOException {
        if (exhausted) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        exhausted = n < 0;
        return n > 0;
    }
}
