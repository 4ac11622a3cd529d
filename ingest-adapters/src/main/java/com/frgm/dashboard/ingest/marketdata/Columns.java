package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.ingest.csv.CsvHeader;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each market-data column sits in a file, resolved once from the header so that rows are
 * read by index. Any name that is not a known column (including {@code bid_1} or
 * {@code bid_11}) is an extra, kept verbatim.
 */
final class Columns {

    static final String REQUIRED = Field.INSTRUMENT.header();

    private static final int FIELDS = Field.values().length;
    private static final int DEPTH_LEVELS = Side.MAX_LEVEL - 1;
    private static final Map<String, Integer> SLOTS = slots();

    private final int[] indexBySlot = new int[FIELDS + 4 * DEPTH_LEVELS];
    private final int[] extras;

    Columns(CsvHeader header) {
        SLOTS.forEach((name, slot) -> indexBySlot[slot] = header.index(name));
        this.extras = header.extras(SLOTS.keySet());
    }

    int index(Field field) {
        return indexBySlot[field.ordinal()];
    }

    /** Column index of a depth level's price (level 2..10), or {@link CsvHeader#ABSENT}. */
    int depthPrice(Side side, int level) {
        return indexBySlot[depthSlot(side, false, level)];
    }

    int depthSize(Side side, int level) {
        return indexBySlot[depthSlot(side, true, level)];
    }

    /** Indexes of columns that are not known market-data columns. */
    int[] extras() {
        return extras;
    }

    private static int depthSlot(Side side, boolean size, int level) {
        return FIELDS + (side.ordinal() * 2 + (size ? 1 : 0)) * DEPTH_LEVELS + level - 2;
    }

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new HashMap<>();
        for (Field field : Field.values()) {
            slots.put(field.header(), field.ordinal());
        }
        for (Side side : Side.values()) {
            for (int level = 2; level <= Side.MAX_LEVEL; level++) {
                slots.put(side.priceColumn(level), depthSlot(side, false, level));
                slots.put(side.sizeColumn(level), depthSlot(side, true, level));
            }
        }
        return Map.copyOf(slots);
    }
}
