package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.ingest.csv.CsvRecord;

/**
 * Typed access to the cells of the current row. A bad cell is reported (line, column, raw
 * value, reason) and read as absent, so the rest of the row is still checked and the report
 * lists every problem; {@link #valid()} tells whether the row as a whole can be used.
 */
final class Cells {

    /** Parses trimmed, non-empty cell text; throws with the reason when it is not valid. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws BadCell;
    }

    private final Columns columns;
    private final Problems problems;
    private CsvRecord row;
    private boolean valid;

    Cells(Columns columns, Problems problems) {
        this.columns = columns;
        this.problems = problems;
    }

    void start(CsvRecord newRow) {
        row = newRow;
        valid = true;
    }

    boolean valid() {
        return valid;
    }

    CsvRecord row() {
        return row;
    }

    /** Trimmed text of the cell at {@code index}, or null when the column or the value is absent. */
    String text(int index) {
        if (index == Columns.ABSENT) {
            return null;
        }
        String text = row.get(index).trim();
        return text.isEmpty() ? null : text;
    }

    String text(Field field) {
        return text(columns.index(field));
    }

    /** The parsed value, or null when absent or invalid (an invalid cell is reported). */
    <T> T parse(int index, Parser<T> parser) {
        String text = text(index);
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (BadCell e) {
            problem(index, e.getMessage());
            return null;
        }
    }

    <T> T parse(Field field, Parser<T> parser) {
        return parse(columns.index(field), parser);
    }

    /** A problem with one cell, reported on the line that cell starts on. */
    void problem(int index, String reason) {
        String raw = row.get(index);
        problems.add(row.lineOf(index), columns.name(index), raw.isEmpty() ? null : raw, reason);
        valid = false;
    }

    /** A problem of the row as a whole, reported on the line the row starts on. */
    void rowProblem(String reason) {
        problems.add(row.line(), null, null, reason);
        valid = false;
    }
}
