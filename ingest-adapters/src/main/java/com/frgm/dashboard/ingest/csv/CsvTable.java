package com.frgm.dashboard.ingest.csv;

import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The shape every feed CSV shares (docs/feeds.md 2): a required header row, then one row per record,
 * blank lines skipped wherever they are, every problem collected up to a limit. A feed supplies
 * only how one row becomes a value.
 *
 * <p>A malformed file never throws: it comes back rejected, with no rows. Only a failure to read
 * the input itself throws ({@link UncheckedIOException}), because that says nothing about the
 * file, which should be retried rather than rejected.
 */
public final class CsvTable {

    /** Turns one row into a value, or returns null after reporting the row's problems. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(CsvRecord row);
    }

    /** Prepares a row reader for one file, once its header is known to be usable. */
    @FunctionalInterface
    public interface RowReaders<T> {
        RowReader<T> start(CsvHeader header, Problems problems);
    }

    private CsvTable() {}

    public static <T> ParsedFile<T> parse(
            CsvReader csv, int maxProblems, Collection<String> required, RowReaders<T> readers) {
        Problems problems = new Problems(maxProblems);
        List<T> rows = new ArrayList<>();
        try {
            readAll(csv, problems, required, readers, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? ParsedFile.of(rows) : ParsedFile.rejected(problems.list());
    }

    private static <T> void readAll(
            CsvReader csv, Problems problems, Collection<String> required, RowReaders<T> readers, List<T> rows)
            throws IOException {
        CsvRecord first;
        try {
            first = nextNonBlank(csv);
        } catch (CsvFormatException e) {
            report(problems, e);
            return;
        }
        if (first == null) {
            problems.add(1, null, null, "file is empty: a header row is required");
            return;
        }
        CsvHeader header = CsvHeader.read(first, required, problems);
        if (header == null) {
            return;
        }
        RowReader<T> reader = readers.start(header, problems);
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
            if (row.size() != header.count()) {
                problems.add(
                        row.line(),
                        null,
                        null,
                        row.size() < header.count()
                                ? "incomplete row: " + row.size() + " fields, header has " + header.count()
                                : "too many fields: " + row.size() + ", header has " + header.count());
                continue;
            }
            T value = reader.read(row);
            // Once the file is known to be rejected its rows are dropped, so a huge bad file
            // does not pile up values nobody will use.
            if (value != null && problems.isEmpty()) {
                rows.add(value);
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
