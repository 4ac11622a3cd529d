package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.ingest.csv.CsvReader;
import com.frgm.dashboard.ingest.csv.CsvTable;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.InputStream;
import java.io.Reader;

/**
 * Parses and validates an Actant end-of-day CSV file (FEEDS.md 2 and 4), streaming record by
 * record and collecting every problem up to a limit. A malformed file never throws: it comes
 * back rejected. The caller owns and closes the input. Thread-safe.
 */
public final class EndOfDayCsvParser {

    private final int maxProblems;

    public EndOfDayCsvParser() {
        this(Problems.DEFAULT_MAX);
    }

    /** @param maxProblems problems collected before parsing stops with a "too many problems" note */
    public EndOfDayCsvParser(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        this.maxProblems = maxProblems;
    }

    public ParsedFile<EndOfDayPosition> parse(Reader in) {
        return parse(new CsvReader(in));
    }

    /** Decodes strict UTF-8: malformed bytes are a problem on their line, never replaced. */
    public ParsedFile<EndOfDayPosition> parse(InputStream in) {
        return parse(CsvReader.utf8(in));
    }

    private ParsedFile<EndOfDayPosition> parse(CsvReader csv) {
        return CsvTable.parse(csv, maxProblems, EndOfDayRowReader.REQUIRED,
                (header, problems) -> new EndOfDayRowReader(header, problems)::read);
    }
}
