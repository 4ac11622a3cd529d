package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.csv.CsvHeader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.file.Problems;
import com.frgm.dashboard.ingest.file.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Turns the rows of one end-of-day file into positions, checking the rules of FEEDS.md 4. */
final class EndOfDayRowReader {

    static final String SETTLE_PRICE = "settle_price";
    static final List<String> REQUIRED = List.of(PositionCells.ACCOUNT, PositionCells.INSTRUMENT,
            PositionCells.POSITION, SETTLE_PRICE);
    private static final Set<String> KNOWN = Set.of(PositionCells.ACCOUNT, PositionCells.INSTRUMENT,
            PositionCells.POSITION, SETTLE_PRICE, "delta", "gamma", "vega", "theta", "pnl");

    private final PositionCells shared;

    EndOfDayRowReader(CsvHeader header, Problems problems) {
        this.shared = new PositionCells(header, problems, KNOWN);
    }

    /** The row's position, or null when the row has problems (all of them reported). */
    EndOfDayPosition read(CsvRecord row) {
        Cells<String> cells = shared.start(row);
        String account = shared.account();
        String instrument = shared.instrument();
        Long position = shared.position();
        BigDecimal settlePrice = cells.require(SETTLE_PRICE, Values::decimal);
        BigDecimal delta = cells.parse("delta", Values::decimal);
        BigDecimal gamma = cells.parse("gamma", Values::decimal);
        BigDecimal vega = cells.parse("vega", Values::decimal);
        BigDecimal theta = cells.parse("theta", Values::decimal);
        BigDecimal pnl = cells.parse("pnl", Values::decimal);
        shared.checkUnique(account, instrument);
        if (!cells.valid()) {
            return null;
        }
        return new EndOfDayPosition(account, instrument, position, settlePrice, delta, gamma, vega, theta, pnl,
                shared.extras());
    }
}
