package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.csv.CsvHeader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.file.Problems;
import com.frgm.dashboard.ingest.file.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part every position row shares (docs/feeds.md 4): account, instrument and a signed position,
 * one row per (account, instrument), and unknown columns kept as extras.
 */
final class PositionCells {

    static final String ACCOUNT = "account";
    static final String INSTRUMENT = "instrument";
    static final String POSITION = "position";
    static final List<String> REQUIRED = List.of(ACCOUNT, INSTRUMENT, POSITION);

    private final Cells<String> cells;
    private final int[] extras;
    /** (account, instrument) to the line it first appeared on: one row per pair. */
    private final Map<Pair, Integer> seen = new HashMap<>();

    /** @param known every column the feed interprets; the others are extras */
    PositionCells(CsvHeader header, Problems problems, Set<String> known) {
        this.cells = new Cells<>(header, header::index, problems);
        this.extras = header.extras(known);
    }

    /** Starts a row and checks its shared part; the caller then reads its own columns. */
    Cells<String> start(CsvRecord row) {
        cells.start(row);
        return cells;
    }

    String account() {
        return cells.require(ACCOUNT, Values::accountId);
    }

    String instrument() {
        return cells.require(INSTRUMENT, Values::instrumentId);
    }

    Long position() {
        return cells.require(POSITION, Values::integer);
    }

    /**
     * Reports a pair seen before, naming both lines. Only valid ids take part, so a bad id is
     * reported once, as a bad id.
     */
    void checkUnique(String account, String instrument) {
        if (account == null || instrument == null) {
            return;
        }
        Integer first =
                seen.putIfAbsent(new Pair(account, instrument), cells.row().line());
        if (first != null) {
            cells.rowProblem("account " + account + ", instrument " + instrument + " already appeared on line " + first
                    + " (one row per account and instrument)");
        }
    }

    Map<String, String> extras() {
        return cells.extras(extras);
    }

    private record Pair(String account, String instrument) {}
}
