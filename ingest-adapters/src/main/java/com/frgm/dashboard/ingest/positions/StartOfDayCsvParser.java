package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.csv.CsvReader;
import com.frgm.dashboard.ingest.csv.CsvTable;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.InputStream;
import java.io.Reader;

/**
 * Parses and validates an Actant start-of-day CSV file (FEEDS.md 2 and 4), streaming record by
 * record and collecting every problem up to a limit. A malformed file never throws: it comes
 * back rejected. The caller owns and closes the input. Thread-safe.
 */
public final class StartOfDayCsvParser {

    private final int maxProblems;

    public StartOfDayCsvParser() {
        this(Problems.DEFAULT_MAX);
    }

    /** @param maxProblems problems collected before parsing stops with a "too many problems" note */
    public StartOfDayCsvParser(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        this.maxProblems = maxProblems;
    }

    public ParsedFile<StartOfDayPosition> parse(Reader in) {
        return parse(new CsvReader(in));
    }

    /** Decodes strict UTF-8: malformed bytes are a problem on their line, never replaced. */
    public ParsedFile<StartOfDayPosition> parse(InputStream in) {
        return parse(CsvReader.utf8(in));
    }

    private ParsedFile<StartOfDayPosition> parse(CsvReader csv) {
        return CsvTable.parse(csv, maxProblems, PositionCells.REQUIRED,
                (header, problems) -> new StartOfDayRowReader(header, problems)::read);
    }
}
