package com.frgm.dashboard.ingest.testsupport;

import java.util.List;
import java.util.random.RandomGenerator;

/** Writes CSV the way different feed writers do: quoting when needed or at random, LF or CRLF. */
public final class CsvText {

    private CsvText() {}

    /** The cell as RFC 4180 text; quoted when it must be, and sometimes when it need not be. */
    public static String cell(RandomGenerator random, String value) {
        boolean mustQuote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return mustQuote || RandomValues.chance(random, 0.1) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    public static String line(RandomGenerator random, List<String> cells, String newline) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(cell(random, cells.get(i)));
        }
        return line.append(newline).toString();
    }

    /** A header name as a writer might spell it: any case, sometimes padded. */
    public static String headerName(RandomGenerator random, String name) {
        String spelled = switch (random.nextInt(3)) {
            case 0 -> name;
            case 1 -> name.toUpperCase(java.util.Locale.ROOT);
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
        return RandomValues.chance(random, 0.2) ? " " + spelled + " " : spelled;
    }
}
