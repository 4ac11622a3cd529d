package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.ingest.csv.CsvRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each known column sits in a file, resolved once from the header so that rows are read
 * by index. Names are trimmed and lower-cased; any name that is not a known column (including
 * {@code bid_1} or {@code bid_11}) is an extra, kept verbatim.
 */
final class Columns {

    static final int ABSENT = -1;

    private static final int FIELDS = Field.values().length;
    private static final int DEPTH_LEVELS = Side.MAX_LEVEL - 1;
    private static final Map<String, Integer> SLOTS = slots();

    private final String[] names;
    private final int[] indexBySlot = new int[FIELDS + 4 * DEPTH_LEVELS];
    private final int[] extras;

    private Columns(String[] names) {
        this.names = names;
        Arrays.fill(indexBySlot, ABSENT);
        int[] unknown = new int[names.length];
        int unknownCount = 0;
        for (int i = 0; i < names.length; i++) {
            Integer slot = SLOTS.get(names[i]);
            if (slot == null) {
                unknown[unknownCount++] = i;
            } else {
                indexBySlot[slot] = i;
            }
        }
        this.extras = Arrays.copyOf(unknown, unknownCount);
    }

    /**
     * Resolves the header, or returns null after reporting why it is unusable: an unnamed or
     * repeated column, or no {@code instrument}. Rows are not read against a broken header, as
     * every cell could be misattributed.
     */
    static Columns read(CsvRecord header, Problems problems) {
        String[] names = new String[header.size()];
        Map<String, Integer> seen = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < names.length; i++) {
            names[i] = header.get(i).trim().toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(names[i], i);
            if (names[i].isEmpty()) {
                problems.add(header.lineOf(i), null, null, "header: column " + (i + 1) + " has no name");
                valid = false;
            } else if (first != null) {
                problems.add(header.lineOf(i), names[i], header.get(i), "header: column `" + names[i]
                        + "` appears more than once (columns " + (first + 1) + " and " + (i + 1) + ")");
                valid = false;
            }
        }
        if (!seen.containsKey(Field.INSTRUMENT.header())) {
            problems.add(header.line(), Field.INSTRUMENT.header(), null,
                    "header: required column `instrument` is missing");
            valid = false;
        }
        return valid ? new Columns(names) : null;
    }

    int count() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    int index(Field field) {
        return indexBySlot[field.ordinal()];
    }

    /** Column index of a depth level's price (level 2..10), or {@link #ABSENT}. */
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
