package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.csv.CsvReader;
import com.frgm.dashboard.ingest.csv.CsvTable;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.TimeLimits;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Parses and validates an Actant market-data CSV file (docs/feeds.md 2 and 3), streaming record by
 * record. Every problem of the file is collected, up to a limit, so one rejection report names
 * them all. Blank lines are skipped wherever they are. The caller owns and closes the input.
 *
 * <p>A malformed file never throws: it comes back rejected. Only a failure to read the input
 * itself throws ({@link UncheckedIOException}), because that says nothing about the file, which
 * should be retried rather than rejected.
 *
 * <p>Thread-safe: all state lives in one {@code parse} call.
 */
public final class MarketDataCsvParser {

    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    private final int maxProblems;

    public MarketDataCsvParser() {
        this(DEFAULT_MAX_PROBLEMS);
    }

    /** @param maxProblems problems collected before parsing stops with a "too many problems" note */
    public MarketDataCsvParser(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        this.maxProblems = maxProblems;
    }

    /**
     * @param fileTime the time from the file name, used for rows without a timestamp
     * @param defaults tick size and multiplier for rows that leave them empty; null for none
     */
    public ParsedFile<MarketQuote> parse(Reader in, Instant fileTime, ProductSpec defaults) {
        return parse(in, fileTime, defaults, TimeLimits.NONE);
    }

    /** @param limits quote times later than these are problems of their cell */
    public ParsedFile<MarketQuote> parse(Reader in, Instant fileTime, ProductSpec defaults, TimeLimits limits) {
        return parse(new CsvReader(in), fileTime, defaults, limits);
    }

    /** Decodes strict UTF-8: malformed bytes are a problem on their line, never replaced. */
    public ParsedFile<MarketQuote> parse(InputStream in, Instant fileTime, ProductSpec defaults) {
        return parse(CsvReader.utf8(in), fileTime, defaults, TimeLimits.NONE);
    }

    /** As {@link #parse(InputStream, Instant, ProductSpec)}, with quote times later than the limits refused. */
    public ParsedFile<MarketQuote> parse(InputStream in, Instant fileTime, ProductSpec defaults, TimeLimits limits) {
        return parse(CsvReader.utf8(in), fileTime, defaults, limits);
    }

    private ParsedFile<MarketQuote> parse(CsvReader csv, Instant fileTime, ProductSpec defaults, TimeLimits limits) {
        Objects.requireNonNull(fileTime, "fileTime");
        Objects.requireNonNull(limits, "limits");
        ProductSpec spec = defaults == null ? ProductSpec.NONE : defaults;
        return CsvTable.parse(
                csv,
                maxProblems,
                List.of(Columns.REQUIRED),
                (header, problems) -> new QuoteReader(header, problems, fileTime, spec, limits)::read);
    }
}
