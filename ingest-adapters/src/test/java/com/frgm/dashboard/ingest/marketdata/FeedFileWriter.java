package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.ingest.testsupport.RandomValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes drafts as a CSV file the way different, all valid, feeds might: any column order and
 * header case, padding, optional quoting, LF or CRLF, a BOM, blank lines, a final line break or not.
 */
final class FeedFileWriter {

    private static final List<String> KNOWN_EMPTY_CANDIDATES =
            List.of("timestamp", "bid", "delta", "underlying", "tick_size", "bid_size_7", "ask_3");

    private final RandomGenerator random;
    private final StringBuilder out = new StringBuilder();

    FeedFileWriter(RandomGenerator random) {
        this.random = random;
    }

    String write(List<QuoteDraft> drafts) {
        List<Map<String, String>> rows = drafts.stream().map(QuoteDraft::cells).toList();
        List<String> columns = columns(rows);
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        if (random.nextInt(4) == 0) {
            out.append('\uFEFF');
        }
        List<String> header = columns.stream().map(this::headerName).toList();
        out.append(String.join(",", header));
        for (Map<String, String> row : rows) {
            out.append(newline);
            if (random.nextInt(10) == 0) {
                out.append(newline);
            }
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(cell(row.get(column), !MarketDataFileGenerator.EXTRA_COLUMNS.contains(column)));
            }
            out.append(String.join(",", cells));
        }
        if (random.nextBoolean()) {
            out.append(newline);
        }
        return out.toString();
    }

    private List<String> columns(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        for (String candidate : KNOWN_EMPTY_CANDIDATES) {
            if (random.nextInt(5) == 0) {
                columns.add(candidate);
            }
        }
        List<String> ordered = new ArrayList<>(columns);
        RandomValues.shuffle(random, ordered);
        return ordered;
    }

    private String headerName(String name) {
        StringBuilder cased = new StringBuilder();
        for (char c : name.toCharArray()) {
            cased.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        String padded = pad(cased.toString());
        return random.nextInt(4) == 0 ? quote(padded) : padded;
    }

    /** Known columns are trimmed by the parser, so they may be padded; extras are kept verbatim. */
    private String cell(String text, boolean trimmed) {
        if (text == null) {
            return switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> "\"\"";
                default -> " ";
            };
        }
        String value = trimmed ? pad(text) : text;
        boolean mustQuote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return mustQuote || random.nextInt(4) == 0 ? quote(value) : value;
    }

    private String pad(String text) {
        return random.nextInt(5) == 0 ? " " + text + "  " : text;
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
