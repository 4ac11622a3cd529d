package com.frgm.dashboard.ingest.csv;

import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Typed access to the cells of the current row, by a feed's own column key {@code F}. A bad cell
 * is reported (line, column, raw value, reason) and read as absent, so the rest of the row is
 * still checked and the report lists every problem; {@link #valid()} tells whether the row as a
 * whole can be used.
 */
public final class Cells<F> {

    /** Parses trimmed, non-empty cell text; throws with the reason when it is not valid. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws BadValue;
    }

    private final CsvHeader header;
    private final ToIntFunction<F> indexOf;
    private final Problems problems;
    private CsvRecord row;
    private boolean valid;

    /** @param indexOf where a column key sits in this file, or {@link CsvHeader#ABSENT} */
    public Cells(CsvHeader header, ToIntFunction<F> indexOf, Problems problems) {
        this.header = header;
        this.indexOf = indexOf;
        this.problems = problems;
    }

    public void start(CsvRecord newRow) {
        row = newRow;
        valid = true;
    }

    public boolean valid() {
        return valid;
    }

    public CsvRecord row() {
        return row;
    }

    public int index(F column) {
        return indexOf.applyAsInt(column);
    }

    /** Trimmed text of the cell at {@code index}, or null when the column or the value is absent. */
    public String text(int index) {
        if (index == CsvHeader.ABSENT) {
            return null;
        }
        String text = row.get(index).trim();
        return text.isEmpty() ? null : text;
    }

    public String text(F column) {
        return text(index(column));
    }

    /** The parsed value, or null when absent or invalid (an invalid cell is reported). */
    public <T> T parse(int index, Parser<T> parser) {
        String text = text(index);
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (BadValue e) {
            problem(index, e.getMessage());
            return null;
        }
    }

    public <T> T parse(F column, Parser<T> parser) {
        return parse(index(column), parser);
    }

    /** Like {@link #parse(Object, Parser)}, but an absent value is itself a problem. */
    public <T> T require(F column, Parser<T> parser) {
        int index = index(column);
        if (text(index) == null) {
            problem(index, header.name(index) + " is required");
            return null;
        }
        return parse(index, parser);
    }

    /** A problem with one cell, reported on the line that cell starts on. */
    public void problem(int index, String reason) {
        String raw = row.get(index);
        problems.add(row.lineOf(index), header.name(index), raw.isEmpty() ? null : raw, reason);
        valid = false;
    }

    /** A problem of the row as a whole, reported on the line the row starts on. */
    public void rowProblem(String reason) {
        problems.add(row.line(), null, null, reason);
        valid = false;
    }

    /**
     * The cells of unknown columns, verbatim: history keeps them even though nothing here
     * interprets them. A blank cell is absent here too, as it is in every known column.
     */
    public Map<String, String> extras(int[] indexes) {
        Map<String, String> extras = new HashMap<>();
        for (int index : indexes) {
            String raw = row.get(index);
            if (!raw.isBlank()) {
                extras.put(header.name(index), raw);
            }
        }
        return extras;
    }
}
