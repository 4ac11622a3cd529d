package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.RecordEndOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.RecordStartOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.file.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One kind of Actant position file (docs/feeds.md 4): its feed folder, the columns it adds to the
 * shared account, instrument and position, how a row and the file's command are made. Start of
 * day and end of day differ only here; parsing, validation and the feed kind are shared.
 *
 * @param layout   where the files lie; its folder is also the file name's middle part ({@code actant_{feed}_...})
 * @param required columns besides account, instrument and position that every file must have
 * @param optional columns read when present
 * @param columns  reads the row's own columns (reporting their problems); the row is made from them
 *                 and the shared cells once the whole row is known to be valid
 * @param command  the one command of a whole file
 */
public record PositionFile<R>(
        FeedLayout layout, List<String> required, List<String> optional, Columns<R> columns, Command<R> command) {

    static final String AVG_PRICE = "avg_price";
    static final String SETTLE_PRICE = "settle_price";

    public static final PositionFile<StartOfDayPosition> START_OF_DAY = new PositionFile<>(
            FeedLayout.START_OF_DAY,
            List.of(),
            List.of(AVG_PRICE),
            cells -> {
                BigDecimal avgPrice = cells.parse(AVG_PRICE, Values::decimal);
                return row ->
                        new StartOfDayPosition(row.account(), row.instrument(), row.position(), avgPrice, row.extras());
            },
            RecordStartOfDayPositionsCommand::new);

    public static final PositionFile<EndOfDayPosition> END_OF_DAY = new PositionFile<>(
            FeedLayout.END_OF_DAY,
            List.of(SETTLE_PRICE),
            List.of("delta", "gamma", "vega", "theta", "pnl"),
            cells -> {
                BigDecimal settlePrice = cells.require(SETTLE_PRICE, Values::decimal);
                BigDecimal delta = cells.parse("delta", Values::decimal);
                BigDecimal gamma = cells.parse("gamma", Values::decimal);
                BigDecimal vega = cells.parse("vega", Values::decimal);
                BigDecimal theta = cells.parse("theta", Values::decimal);
                BigDecimal pnl = cells.parse("pnl", Values::decimal);
                return row -> new EndOfDayPosition(
                        row.account(),
                        row.instrument(),
                        row.position(),
                        settlePrice,
                        delta,
                        gamma,
                        vega,
                        theta,
                        pnl,
                        row.extras());
            },
            RecordEndOfDayPositionsCommand::new);

    /** Every column a file must have: the shared ones first. */
    List<String> requiredColumns() {
        List<String> all = new ArrayList<>(PositionCells.REQUIRED);
        all.addAll(required);
        return List.copyOf(all);
    }

    /** Every column the feed interprets; the others are kept as extras. */
    Set<String> knownColumns() {
        Set<String> known = new HashSet<>(requiredColumns());
        known.addAll(optional);
        return Set.copyOf(known);
    }

    /** Reads a row's own columns; what it returns makes the row once the row is valid. */
    @FunctionalInterface
    public interface Columns<R> {
        Function<SharedCells, R> read(Cells<String> cells);
    }

    /** A valid row's shared part: account, instrument, position and the unknown columns. */
    public record SharedCells(String account, String instrument, long position, Map<String, String> extras) {}

    @FunctionalInterface
    public interface Command<R> {
        Object of(String bookId, LocalDate businessDate, String fileKey, String contentSha256, List<R> positions);
    }
}
