package com.frgm.dashboard.api.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One instrument's row of an Actant market-data file, validated (docs/feeds.md section 3).
 * Absent cells are null; prices are exact decimals as written in the file.
 * {@code bidDepth}/{@code askDepth} hold levels 2..10, level 1 being bid/ask themselves.
 * {@code extras} keeps unknown columns verbatim, keyed by their normalised header.
 */
public record MarketQuote(
        String instrument,
        Instant timestamp,
        BigDecimal bid,
        Long bidSize,
        BigDecimal ask,
        Long askSize,
        BigDecimal price,
        Long volume,
        List<PriceLevel> bidDepth,
        List<PriceLevel> askDepth,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal vega,
        BigDecimal theta,
        String underlying,
        BigDecimal tickSize,
        BigDecimal multiplier,
        Map<String, String> extras) {

    public MarketQuote {
        bidDepth = bidDepth == null ? List.of() : List.copyOf(bidDepth);
        askDepth = askDepth == null ? List.of() : List.copyOf(askDepth);
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** Same market state, whatever the quote time: an unchanged row needs no new event. */
    public boolean sameMarketAs(MarketQuote other) {
        return other != null && equals(other.withTimestamp(timestamp));
    }

    public MarketQuote withTimestamp(Instant newTimestamp) {
        return new MarketQuote(
                instrument,
                newTimestamp,
                bid,
                bidSize,
                ask,
                askSize,
                price,
                volume,
                bidDepth,
                askDepth,
                delta,
                gamma,
                vega,
                theta,
                underlying,
                tickSize,
                multiplier,
                extras);
    }
}
