package com.frgm.dashboard.bench;

import com.frgm.dashboard.ingest.marketdata.MarketDataFileName;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Synthetic market-data files in which every row moves, so each row becomes an event: the
 * worst case for the event store, and the one the desk's busiest feeds approach.
 */
final class BenchFiles {

    static final String HEADER = "instrument,timestamp,bid,bid_size,ask,ask_size,price,volume,"
            + "bid_2,bid_size_2,ask_2,ask_size_2,delta,gamma,vega,theta,underlying,tick_size,multiplier\n";

    private BenchFiles() {}

    static String csv(int file, int rows) {
        Instant time = Instant.parse("2025-01-02T09:00:00Z").plusSeconds(file);
        StringBuilder csv = new StringBuilder(rows * 160).append(HEADER);
        for (int row = 0; row < rows; row++) {
            long bid = 7_000 + file + row;
            csv.append("ZNH25 C")
                    .append(row)
                    .append(',')
                    .append(time)
                    .append(',')
                    .append(bid)
                    .append(".5,")
                    .append(100 + row)
                    .append(',')
                    .append(bid + 1)
                    .append(",")
                    .append(90 + row)
                    .append(',')
                    .append(bid)
                    .append(".5,")
                    .append(10_000 + file)
                    .append(',')
                    .append(bid)
                    .append(",50,")
                    .append(bid + 2)
                    .append(",60,")
                    .append("0.42,0.31,0.08,-0.01,ZNH25,0.015625,1000\n");
        }
        return csv.toString();
    }

    static String key(int file) {
        Instant time = Instant.parse("2025-01-02T09:00:00Z").plusSeconds(file);
        return new MarketDataFileName("GE", "XCME", "ZB", time).key(ZoneOffset.UTC);
    }
}
