package com.frgm.dashboard.ingest.positions;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.chance;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.decimal;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.id;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.intBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.longBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.maybe;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.range;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.string;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.testsupport.CsvText;
import com.frgm.dashboard.ingest.testsupport.RandomValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** Random valid EOD and SOD files, written out with the positions they must parse to. */
final class PositionFileGenerator {

    static final List<String> EOD_COLUMNS =
            List.of("account", "instrument", "position", "settle_price", "delta", "gamma", "vega", "theta", "pnl");
    static final List<String> SOD_COLUMNS = List.of("account", "instrument", "position", "avg_price");
    private static final List<String> EXTRA_COLUMNS = List.of("desk", "note", "book", "x-source");
    private static final String EXTRA_TEXT = range(' ', '~') + ",\"\r\n€é";

    record Generated<T>(String text, List<T> rows) {}

    private PositionFileGenerator() {}

    static Generated<EndOfDayPosition> eod(RandomGenerator random) {
        List<EndOfDayPosition> rows = new ArrayList<>();
        for (String[] pair : pairs(random)) {
            rows.add(new EndOfDayPosition(
                    pair[0],
                    pair[1],
                    position(random),
                    number(random),
                    maybeNumber(random),
                    maybeNumber(random),
                    maybeNumber(random),
                    maybeNumber(random),
                    maybeNumber(random),
                    extras(random)));
        }
        return new Generated<>(
                write(random, EOD_COLUMNS, rows, p -> {
                    Map<String, String> cells = new HashMap<>(p.extras());
                    cells.put("account", p.account());
                    cells.put("instrument", p.instrument());
                    cells.put("position", Long.toString(p.position()));
                    cells.put("settle_price", text(p.settlePrice()));
                    cells.put("delta", text(p.delta()));
                    cells.put("gamma", text(p.gamma()));
                    cells.put("vega", text(p.vega()));
                    cells.put("theta", text(p.theta()));
                    cells.put("pnl", text(p.pnl()));
                    return cells;
                }),
                rows);
    }

    static Generated<StartOfDayPosition> sod(RandomGenerator random) {
        List<StartOfDayPosition> rows = new ArrayList<>();
        for (String[] pair : pairs(random)) {
            rows.add(new StartOfDayPosition(pair[0], pair[1], position(random), maybeNumber(random), extras(random)));
        }
        return new Generated<>(
                write(random, SOD_COLUMNS, rows, p -> {
                    Map<String, String> cells = new HashMap<>(p.extras());
                    cells.put("account", p.account());
                    cells.put("instrument", p.instrument());
                    cells.put("position", Long.toString(p.position()));
                    cells.put("avg_price", text(p.avgPrice()));
                    return cells;
                }),
                rows);
    }

    /** Distinct (account, instrument) pairs; a few accounts share instruments, as on a real desk. */
    private static List<String[]> pairs(RandomGenerator random) {
        List<String> accounts = RandomValues.listOf(random, 1, 3, () -> id(random));
        Set<String> seen = new HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        int size = intBetween(random, 0, 30);
        while (pairs.size() < size) {
            String[] pair = {RandomValues.pick(random, accounts), id(random)};
            if (seen.add(pair[0] + "\u0000" + pair[1])) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /**
     * Every known column plus extras, in random order and spelling; absent values as empty or
     * blank cells; LF or CRLF; sometimes a BOM. (Leaving optional columns out of the header is
     * covered by the example tests.)
     */
    private static <T> String write(
            RandomGenerator random, List<String> known, List<T> rows, Function<T, Map<String, String>> cellsOf) {
        List<String> columns = new ArrayList<>(known);
        columns.addAll(EXTRA_COLUMNS);
        RandomValues.shuffle(random, columns);
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        StringBuilder text = new StringBuilder(chance(random, 0.2) ? "\uFEFF" : "");
        text.append(CsvText.line(
                random, columns.stream().map(c -> CsvText.headerName(random, c)).toList(), newline));
        for (T row : rows) {
            Map<String, String> cells = cellsOf.apply(row);
            text.append(CsvText.line(
                    random,
                    columns.stream()
                            .map(c -> pad(random, cells.get(c), known.contains(c)))
                            .toList(),
                    newline));
        }
        return text.toString();
    }

    private static String pad(RandomGenerator random, String value, boolean known) {
        if (value == null) {
            return chance(random, 0.5) ? "" : " ";
        }
        return known && chance(random, 0.1) ? " " + value + " " : value;
    }

    private static long position(RandomGenerator random) {
        return longBetween(random, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static BigDecimal number(RandomGenerator random) {
        return decimal(random, -2_000_000_000L, 2_000_000_000L);
    }

    private static BigDecimal maybeNumber(RandomGenerator random) {
        return maybe(random, 0.6, () -> number(random));
    }

    private static Map<String, String> extras(RandomGenerator random) {
        Map<String, String> extras = new LinkedHashMap<>();
        for (String column : EXTRA_COLUMNS) {
            if (chance(random, 0.3)) {
                String value = string(random, EXTRA_TEXT, 1, 12);
                extras.put(column, value.isBlank() ? "x" + value : value);
            }
        }
        return extras;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toString();
    }
}
