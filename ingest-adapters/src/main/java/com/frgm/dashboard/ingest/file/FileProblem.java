package com.frgm.dashboard.ingest.file;

import java.util.Objects;

/**
 * One reason a feed file cannot be ingested, as the rejection report shows it (docs/feeds.md 1).
 *
 * @param line   1-based physical line where the offending row or field starts; null when the
 *               problem concerns the file as a whole (its name, its size, too many problems)
 * @param column normalised header name, or null when no single column is at fault
 * @param value  the raw offending text, or null
 * @param reason what is wrong, written for the operator who will fix the file
 */
public record FileProblem(Integer line, String column, String value, String reason) {

    public FileProblem {
        Objects.requireNonNull(reason, "reason");
    }

    public static FileProblem ofFile(String reason) {
        return new FileProblem(null, null, null, reason);
    }

    public static FileProblem atLine(int line, String reason) {
        return new FileProblem(line, null, null, reason);
    }

    /** One line for logs: {@code line 2, column bid_size: `25O` is not an integer}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (line != null) {
            text.append("line ").append(line);
        }
        if (column != null) {
            text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return text.isEmpty() ? reason : text.append(": ").append(reason).toString();
    }
}
