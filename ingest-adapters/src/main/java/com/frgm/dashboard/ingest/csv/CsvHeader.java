package com.frgm.dashboard.ingest.csv;

import com.frgm.dashboard.ingest.file.Problems;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A feed file's header row (docs/feeds.md 2): names trimmed and lower-cased, in any order. Resolved
 * once so that rows are read by index; any name a feed does not know is an extra, kept verbatim.
 */
public final class CsvHeader {

    public static final int ABSENT = -1;

    private final String[] names;
    private final Map<String, Integer> indexByName;

    private CsvHeader(String[] names, Map<String, Integer> indexByName) {
        this.names = names;
        this.indexByName = indexByName;
    }

    /**
     * Resolves the header, or returns null after reporting why it is unusable: an unnamed or
     * repeated column, or a required one missing. Rows are not read against a broken header, as
     * every cell could be misattributed.
     */
    public static CsvHeader read(CsvRecord header, Collection<String> required, Problems problems) {
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
                problems.add(
                        header.lineOf(i),
                        names[i],
                        header.get(i),
                        "header: column `" + names[i] + "` appears more than once (columns " + (first + 1) + " and "
                                + (i + 1) + ")");
                valid = false;
            }
        }
        for (String name : required) {
            if (!seen.containsKey(name)) {
                problems.add(header.line(), name, null, "header: required column `" + name + "` is missing");
                valid = false;
            }
        }
        return valid ? new CsvHeader(names, Map.copyOf(seen)) : null;
    }

    public int count() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    /** Index of the column with this (lower-case) name, or {@link #ABSENT}. */
    public int index(String name) {
        return indexByName.getOrDefault(name, ABSENT);
    }

    /** Indexes of the columns whose names are not in {@code known}, in file order. */
    public int[] extras(Set<String> known) {
        return Arrays.stream(indexes()).filter(i -> !known.contains(names[i])).toArray();
    }

    private int[] indexes() {
        int[] all = new int[names.length];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
