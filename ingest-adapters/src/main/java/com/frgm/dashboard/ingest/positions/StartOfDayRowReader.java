package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.csv.CsvHeader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.file.Problems;
import com.frgm.dashboard.ingest.file.Values;
import java.math.BigDecimal;
import java.util.Set;

/** Turns the rows of one start-of-day file into positions, checking the rules of FEEDS.md 4. */
final class StartOfDayRowReader {

    static final String AVG_PRICE = "avg_price";
    private static final Set<String> KNOWN = Set.of(PositionCells.ACCOUNT, PositionCells.INSTRUMENT,
            PositionCells.POSITION, AVG_PRICE);

    private final PositionCells shared;

    StartOfDayRowReader(CsvHeader header, Problems problems) {
        this.shared = new PositionCells(header, problems, KNOWN);
    }

    /** The row's position, or null when the row has problems (all of them reported). */
    StartOfDayPosition read(CsvRecord row) {
        Cells<String> cells = shared.start(row);
        String account = shared.account();
        String instrument = shared.instrument();
        Long position = shared.position();
        BigDecimal avgPrice = cells.parse(AVG_PRICE, Values::decimal);
        shared.checkUnique(account, instrument);
        if (!cells.valid()) {
            return null;
        }
        return new StartOfDayPosition(account, instrument, position, avgPrice, shared.extras());
    }
}
