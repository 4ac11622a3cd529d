package com.frgm.dashboard.ingest.csv;

import java.util.Collections;
import java.util.List;

/**
 * One CSV record with the physical line it starts on. A field inside quotes may span lines, so
 * each field also knows its own starting line; a class rather than a record because that
 * per-field array is only allocated for records that actually span lines.
 */
public final class CsvRecord {

    private final int line;
    private final List<String> fields;
    private final int[] fieldLines;

    CsvRecord(int line, List<String> fields, int[] fieldLines) {
        this.line = line;
        this.fields = Collections.unmodifiableList(fields);
        this.fieldLines = fieldLines;
    }

    /** 1-based physical line the record starts on. */
    public int line() {
        return line;
    }

    public List<String> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    public String get(int index) {
        return fields.get(index);
    }

    /** 1-based physical line the field at {@code index} starts on. */
    public int lineOf(int index) {
        return fieldLines == null ? line : fieldLines[index];
    }

    /** An empty (or whitespace-only) line: RFC 4180 reads it as one empty field. */
    public boolean isBlank() {
        return fields.size() == 1 && fields.get(0).isBlank();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + fields;
    }
}
