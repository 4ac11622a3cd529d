package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.csv.CsvFormatException;
import com.frgm.dashboard.ingest.csv.CsvReader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses and validates an Actant market-data CSV file (FEEDS.md 2 and 3), streaming record by
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
        return parse(new CsvReader(in), fileTime, defaults);
    }

    /** Decodes strict UTF-8: malformed bytes are a problem on their line, never replaced. */
    public ParsedFile<MarketQuote> parse(InputStream in, Instant fileTime, ProductSpec defaults) {
        return parse(CsvReader.utf8(in), fileTime, defaults);
    }

    private ParsedFile<MarketQuote> parse(CsvReader csv, Instant fileTime, ProductSpec defaults) {
        Objects.requireNonNull(fileTime, "fileTime");
        Problems problems = new Problems(maxProblems);
        List<MarketQuote> quotes = new ArrayList<>();
        try {
            readAll(csv, problems, quotes, fileTime, defaults == null ? ProductSpec.NONE : defaults);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? ParsedFile.of(quotes) : ParsedFile.rejected(problems.list());
    }

    private void readAll(CsvReader csv, Problems problems, List<MarketQuote> quotes, Instant fileTime,
            ProductSpec defaults) throws IOException {
        CsvRecord header;
        try {
            header = nextNonBlank(csv);
        } catch (CsvFormatException e) {
            report(problems, e);
            return;
        }
        if (header == null) {
            problems.add(1, null, null, "file is empty: a header row is required");
            return;
        }
        Columns columns = Columns.read(header, problems);
        if (columns == null) {
            return;
        }
        QuoteReader reader = new QuoteReader(columns, problems, fileTime, defaults);
        while (!problems.full()) {
            CsvRecord row;
            try {
                row = nextNonBlank(csv);
            } catch (CsvFormatException e) {
                report(problems, e);
                continue;
            }
            if (row == null) {
                return;
            }
            if (row.size() != columns.count()) {
                problems.add(row.line(), null, null, row.size() < columns.count()
                        ? "incomplete row: " + row.size() + " fields, header has " + columns.count()
                        : "too many fields: " + row.size() + ", header has " + columns.count());
                continue;
            }
            MarketQuote quote = reader.read(row);
            if (quote != null && problems.isEmpty()) {
                quotes.add(quote);
            }
        }
    }

    private static CsvRecord nextNonBlank(CsvReader csv) throws IOException {
        CsvRecord record;
        do {
            record = csv.next();
        } while (record != null && record.isBlank());
        return record;
    }

    private static void report(Problems problems, CsvFormatException e) {
        problems.add(e.line(), null, e.value(), e.reason());
    }
}
