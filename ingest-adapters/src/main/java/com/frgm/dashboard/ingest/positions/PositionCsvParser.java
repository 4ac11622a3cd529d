package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.csv.CsvHeader;
import com.frgm.dashboard.ingest.csv.CsvReader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.csv.CsvTable;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Function;

/**
 * Parses and validates an Actant start-of-day or end-of-day CSV file (docs/feeds.md 2 and 4),
 * streaming record by record and collecting every problem up to a limit. A malformed file never
 * throws: it comes back rejected. The caller owns and closes the input. Thread-safe.
 */
public final class PositionCsvParser<R> {

    private final PositionFile<R> file;
    private final int maxProblems;

    public PositionCsvParser(PositionFile<R> file) {
        this(file, Problems.DEFAULT_MAX);
    }

    /** @param maxProblems problems collected before parsing stops with a "too many problems" note */
    public PositionCsvParser(PositionFile<R> file, int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        this.file = file;
        this.maxProblems = maxProblems;
    }

    public ParsedFile<R> parse(Reader in) {
        return parse(new CsvReader(in));
    }

    /** Decodes strict UTF-8: malformed bytes are a problem on their line, never replaced. */
    public ParsedFile<R> parse(InputStream in) {
        return parse(CsvReader.utf8(in));
    }

    private ParsedFile<R> parse(CsvReader csv) {
        return CsvTable.parse(
                csv, maxProblems, file.requiredColumns(), (header, problems) -> new RowReader(header, problems)::read);
    }

    /** One file's rows: the shared cells, the file's own columns, one row per (account, instrument). */
    private final class RowReader {

        private final PositionCells shared;

        RowReader(CsvHeader header, Problems problems) {
            this.shared = new PositionCells(header, problems, file.knownColumns());
        }

        /** The row, or null when it has problems (all of them reported). */
        R read(CsvRecord row) {
            Cells<String> cells = shared.start(row);
            String account = shared.account();
            String instrument = shared.instrument();
            Long position = shared.position();
            Function<PositionFile.SharedCells, R> make = file.columns().read(cells);
            shared.checkUnique(account, instrument);
            if (!cells.valid()) {
                return null;
            }
            return make.apply(new PositionFile.SharedCells(account, instrument, position, shared.extras()));
        }
    }
}
