package com.frgm.dashboard.bench;

import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.orders.SnapshotFileName;
import com.frgm.dashboard.ingest.positions.PositionFileName;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Synthetic files of one feed kind, in which every row changes from one file to the next, so
 * each row becomes as many events as the kind allows: the worst case for the event store.
 */
enum BenchFeed {

    /** One event per changed quote: a 500-row file is 500 quote events plus the file's own. */
    MARKET_DATA(FeedLayout.MARKET_DATA) {
        @Override
        String key(int file) {
            return BenchFiles.key(file);
        }

        @Override
        String content(int file, int rows) {
            return BenchFiles.csv(file, rows);
        }
    },
    /** One event per file (the whole set of starting positions for a business date). */
    START_OF_DAY(FeedLayout.START_OF_DAY) {
        @Override
        String key(int file) {
            return PositionFileName.key(FeedLayout.START_OF_DAY, day(file));
        }

        @Override
        String content(int file, int rows) {
            StringBuilder csv = new StringBuilder(rows * 40).append("account,instrument,position,avg_price\n");
            for (int row = 0; row < rows; row++) {
                csv.append(account(row))
                        .append(",ZNH25 C")
                        .append(row)
                        .append(',')
                        .append(row % 50 - 25 + file % 7)
                        .append(",112.5\n");
            }
            return csv.toString();
        }
    },
    /** One event per file (end-of-day positions, settlements and Greeks for a business date). */
    END_OF_DAY(FeedLayout.END_OF_DAY) {
        @Override
        String key(int file) {
            return PositionFileName.key(FeedLayout.END_OF_DAY, day(file));
        }

        @Override
        String content(int file, int rows) {
            StringBuilder csv = new StringBuilder(rows * 80)
                    .append("account,instrument,position,settle_price,delta,gamma,vega,theta,pnl\n");
            for (int row = 0; row < rows; row++) {
                csv.append(account(row))
                        .append(",ZNH25 C")
                        .append(row)
                        .append(',')
                        .append(row % 50 - 25)
                        .append(",112.515625,0.5,0.1,0.05,-0.01,")
                        .append(file * 10 + row)
                        .append(".25\n");
            }
            return csv.toString();
        }
    },
    /** Every order amended in every snapshot: one event per order plus the snapshot's own. */
    WORKING_ORDERS(FeedLayout.WORKING_ORDERS) {
        @Override
        String key(int file) {
            return new SnapshotFileName(snapshotTime(file)).key(ZoneOffset.UTC);
        }

        @Override
        String content(int file, int rows) {
            StringBuilder json = new StringBuilder(rows * 200).append('[');
            for (int row = 0; row < rows; row++) {
                json.append(row == 0 ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "{\"order_id\":\"%d\",\"account\":\"%s\",\"instrument\":\"ZNH25\",\"side\":\"%s\","
                                        + "\"price\":%d.5,\"qty\":%d,\"filled_qty\":0,\"status\":\"WORKING\","
                                        + "\"updated_at\":\"%s\"}",
                                900_000 + row,
                                account(row),
                                row % 2 == 0 ? "BUY" : "SELL",
                                100 + row % 20,
                                10 + (file + row) % 40 + 1,
                                snapshotTime(file)));
            }
            return json.append(']').toString();
        }
    };

    /** The environment the benchmarks' application runs as. */
    static final String ENV = "dev";

    private final FeedLayout layout;

    BenchFeed(FeedLayout layout) {
        this.layout = layout;
    }

    String bucket() {
        return layout.bucket(ENV);
    }

    abstract String key(int file);

    abstract String content(int file, int rows);

    private static LocalDate day(int file) {
        // Backwards: a file index of tens of thousands would otherwise date files decades ahead, which
        // the ingest path rightly rejects as implausible.
        return LocalDate.of(2025, 1, 1).minusDays(file);
    }

    private static Instant snapshotTime(int file) {
        return Instant.parse("2025-01-02T09:00:00Z").plusSeconds(file);
    }

    private static String account(int row) {
        return row % 2 == 0 ? "FRGM01" : "FRGM02";
    }
}
