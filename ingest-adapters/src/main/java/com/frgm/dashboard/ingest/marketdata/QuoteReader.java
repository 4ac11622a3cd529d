package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.marketdata.Field.*;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.ingest.csv.Cells;
import com.frgm.dashboard.ingest.csv.CsvHeader;
import com.frgm.dashboard.ingest.csv.CsvRecord;
import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.Problems;
import com.frgm.dashboard.ingest.file.TimeLimits;
import com.frgm.dashboard.ingest.file.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the rows of one market-data file into quotes, checking the rules of docs/feeds.md 3. */
final class QuoteReader {

    private final Columns columns;
    private final Cells<Field> cells;
    private final Instant fileTime;
    private final ProductSpec defaults;
    private final TimeLimits limits;
    /** Instrument id to the line it first appeared on: ids are unique within a file. */
    private final Map<String, Integer> seen = new HashMap<>();

    private String lastTimestampText;
    private Instant lastTimestamp;

    QuoteReader(CsvHeader header, Problems problems, Instant fileTime, ProductSpec defaults, TimeLimits limits) {
        this.columns = new Columns(header);
        this.cells = new Cells<>(header, columns::index, problems);
        this.fileTime = fileTime;
        this.defaults = defaults;
        this.limits = limits;
    }

    /** The row's quote, or null when the row has problems (all of them reported). */
    MarketQuote read(CsvRecord row) {
        cells.start(row);
        String instrument = instrument();
        Instant timestamp = cells.parse(TIMESTAMP, this::timestamp);
        BigDecimal bid = cells.parse(BID, Values::decimal);
        BigDecimal ask = cells.parse(ASK, Values::decimal);
        BigDecimal price = cells.parse(PRICE, Values::decimal);
        if (cells.text(BID) == null && cells.text(ASK) == null && cells.text(PRICE) == null) {
            cells.rowProblem("row has none of price, bid, ask");
        }
        if (bid != null && ask != null && bid.compareTo(ask) > 0) {
            cells.rowProblem("bid " + cells.text(BID) + " above ask " + cells.text(ASK));
        }
        MarketQuote quote = new MarketQuote(
                instrument,
                cells.text(TIMESTAMP) == null ? fileTime : timestamp,
                bid,
                cells.parse(BID_SIZE, Values::count),
                ask,
                cells.parse(ASK_SIZE, Values::count),
                price,
                cells.parse(VOLUME, Values::count),
                depth(Side.BID, bid, cells.text(BID)),
                depth(Side.ASK, ask, cells.text(ASK)),
                cells.parse(DELTA, Values::decimal),
                cells.parse(GAMMA, Values::decimal),
                cells.parse(VEGA, Values::decimal),
                cells.parse(THETA, Values::decimal),
                cells.parse(UNDERLYING, Values::instrumentId),
                orDefault(TICK_SIZE, defaults.tickSize()),
                orDefault(MULTIPLIER, defaults.multiplier()),
                cells.extras(columns.extras()));
        return cells.valid() ? quote : null;
    }

    private String instrument() {
        int index = columns.index(INSTRUMENT);
        if (cells.text(index) == null) {
            cells.problem(index, "instrument is required");
            return null;
        }
        String instrument = cells.parse(index, Values::instrumentId);
        if (instrument != null) {
            Integer first = seen.putIfAbsent(instrument, cells.row().lineOf(index));
            if (first != null) {
                cells.problem(index, "instrument " + instrument + " already appeared on line " + first);
            }
        }
        return instrument;
    }

    /**
     * Rows of one snapshot nearly always share one quote time: parse and judge each distinct text
     * once. A quote from the future would freeze its instrument: later quotes would look stale.
     */
    private Instant timestamp(String text) throws BadValue {
        if (!text.equals(lastTimestampText)) {
            Instant time = limits.checkTime("quote time", Values.timestamp(text));
            lastTimestamp = time;
            lastTimestampText = text;
        }
        return lastTimestamp;
    }

    /**
     * Levels 2..10 whose price is present. Each price must lie beyond the previous present level
     * on the same side, level 1 included; a size with no price at its level is an error.
     */
    private List<PriceLevel> depth(Side side, BigDecimal best, String bestText) {
        List<PriceLevel> levels = new ArrayList<>();
        BigDecimal previous = best;
        String previousText = bestText;
        int previousLevel = 1;
        for (int level = 2; level <= Side.MAX_LEVEL; level++) {
            int priceIndex = columns.depthPrice(side, level);
            int sizeIndex = columns.depthSize(side, level);
            BigDecimal price = cells.parse(priceIndex, Values::decimal);
            Long size = cells.parse(sizeIndex, Values::count);
            if (cells.text(priceIndex) == null) {
                if (cells.text(sizeIndex) != null) {
                    cells.problem(sizeIndex, side.sizeColumn(level) + " given without " + side.priceColumn(level));
                }
                continue;
            }
            if (price == null) {
                continue;
            }
            if (previous != null && !side.isBeyond(price, previous)) {
                cells.problem(
                        priceIndex,
                        side.priceColumn(level) + " " + cells.text(priceIndex) + " is not " + side.beyond() + " "
                                + side.priceColumn(previousLevel) + " " + previousText);
            }
            levels.add(new PriceLevel(level, price, size));
            previous = price;
            previousText = cells.text(priceIndex);
            previousLevel = level;
        }
        return levels;
    }

    private BigDecimal orDefault(Field field, BigDecimal fallback) {
        return cells.text(field) == null ? fallback : cells.parse(field, Values::positiveDecimal);
    }
}
