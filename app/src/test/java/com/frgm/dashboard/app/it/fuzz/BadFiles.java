package com.frgm.dashboard.app.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hand-made files that are surely bad, per kind: the implausible times of docs/adr/0013 (2099, or
 * just beyond the window), misfiled keys, and the classics (crossed quotes, NaN, huge numbers,
 * truncated JSON, a BOM before garbage, empty, binary, UTF-16). Each gets the slot's unique key
 * unless the case is about the key.
 */
final class BadFiles {

    record Case(String name, String key, byte[] content) {}

    /** Just beyond the default 5-minute window. */
    private static final Duration AHEAD = Duration.ofMinutes(6);

    private BadFiles() {}

    /** @param slot the slot's number, which keeps keys unique; @param time its quote time */
    static List<Case> marketData(Instant now, int slot, Instant time, int n) {
        String key = FeedLayout.marketData(time);
        String good = GoodFiles.marketData(n, time);
        String header = "instrument,timestamp,bid,ask,price\n";
        Instant late = now.plus(AHEAD).plusSeconds(slot);
        Instant year2099 = Instant.parse("2099-01-15T00:00:00Z").plusSeconds(slot);
        return List.of(
                text("quote in 2099", key, good.replaceFirst(time.toString(), "2099-01-15T10:39:38Z")),
                text(
                        "quote 6 minutes ahead",
                        key,
                        good.replaceFirst(time.toString(), now.plus(AHEAD).toString())),
                text("quote year +999999999", key, header + "FUZZ0,+999999999-01-01T00:00:00Z,1,2,1\n"),
                text("quote epoch millis overflow", key, header + "FUZZ0,99999999999999999999,1,2,1\n"),
                text("file name 6 minutes ahead", FeedLayout.marketData(late), good),
                text("file name in 2099", FeedLayout.marketData(year2099), GoodFiles.marketData(n, year2099)),
                text("folder another day", FeedLayout.marketData(LocalDate.of(2024, 1, 16), time), good),
                text("folder in 2099", FeedLayout.marketData(LocalDate.of(2099, 1, 15), time), good),
                text("crossed quote", key, header + "FUZZ0," + time + ",2,1,1\n"),
                text("NaN bid", key, header + "FUZZ0," + time + ",NaN,1,1\n"),
                text("Infinity ask", key, header + "FUZZ0," + time + ",1,Infinity,1\n"),
                text("giant exponent", key, header + "FUZZ0," + time + ",1,2,1e999999999\n"),
                text("huge size", key, "instrument,bid,bid_size\nFUZZ0,1,99999999999999999999\n"),
                text("duplicate instrument", key, header + "FUZZ0,,1,2,1\nFUZZ0,,1,2,1\n"),
                text("instrument of 65 characters", key, header + "F".repeat(65) + ",,1,2,1\n"),
                text("no instrument column", key, "timestamp,bid\n" + time + ",1\n"),
                text("unterminated quote", key, header + "\"FUZZ0," + time + ",1,2,1\n"),
                text("name not of the feed", "market-data/2024/01/15/garbage-" + slot + ".csv", good),
                common("empty", key, new byte[0]),
                common("BOM and garbage", key, bomAndGarbage()),
                common("binary", key, binary(slot)),
                common("UTF-16", key, good.getBytes(StandardCharsets.UTF_16)));
    }

    static List<Case> positions(String feed, LocalDate today, int slot, LocalDate date, String good) {
        String key = FeedLayout.position(feed, date);
        String header =
                feed.equals("eod") ? "account,instrument,position,settle_price\n" : "account,instrument,position\n";
        String tail = feed.equals("eod") ? ",1.5\n" : "\n";
        LocalDate ahead = today.plusDays(5 + slot);
        LocalDate year2099 = LocalDate.of(2099, 1, 1).plusDays(slot);
        return List.of(
                text("business date 5 days ahead", FeedLayout.position(feed, ahead), good),
                text("business date in 2099", FeedLayout.position(feed, year2099), good),
                text("folder another day", FeedLayout.position(feed, date.plusDays(1), date), good),
                text("NaN position", key, header + "FA1,FUZZ0,NaN" + tail),
                text("decimal position", key, header + "FA1,FUZZ0,1.5" + tail),
                text("huge position", key, header + "FA1,FUZZ0,99999999999999999999" + tail),
                text("missing position column", key, "account,instrument\nFA1,FUZZ0\n"),
                text("duplicate pair", key, header + "FA1,FUZZ0,1" + tail + "FA1,FUZZ0,2" + tail),
                text("account with a comma", key, header + "\"FA,1\",FUZZ0,1" + tail),
                text("unterminated quote", key, header + "\"FA1,FUZZ0,1" + tail),
                common("empty", key, new byte[0]),
                common("BOM and garbage", key, bomAndGarbage()),
                common("binary", key, binary(slot)));
    }

    static List<Case> snapshot(Instant now, int slot, Instant time, int n) {
        String key = FeedLayout.snapshot(time);
        String good = GoodFiles.snapshot(n);
        String order = "{\"order_id\": \"FO1\", \"account\": \"FA1\", \"instrument\": \"FUZZ0\", \"side\": \"BUY\", ";
        Instant year2099 = Instant.parse("2099-01-15T00:00:00Z").plusSeconds(slot);
        return List.of(
                text(
                        "snapshot 6 minutes ahead",
                        FeedLayout.snapshot(now.plus(AHEAD).plusSeconds(slot)),
                        good),
                text("snapshot in 2099", FeedLayout.snapshot(year2099), good),
                text("folder another day", FeedLayout.snapshot(LocalDate.of(2024, 1, 16), time), good),
                text("truncated JSON", key, good.substring(0, good.length() / 2)),
                text("NaN price", key, "[" + order + "\"price\": NaN, \"qty\": 1}]"),
                text("giant exponent qty", key, "[" + order + "\"price\": 1, \"qty\": 1e999999999}]"),
                text("filled beyond qty", key, "[" + order + "\"price\": 1, \"qty\": 1, \"filled_qty\": 2}]"),
                text("quoted price", key, "[" + order + "\"price\": \"112.5\", \"qty\": 1}]"),
                text(
                        "updated_at year +999999999",
                        key,
                        "[" + order + "\"price\": 1, \"qty\": 1, \"updated_at\": \"+999999999-01-01T00:00:00Z\"}]"),
                text(
                        "missing order_id",
                        key,
                        "[{\"account\": \"FA1\", \"instrument\": \"FUZZ0\", \"side\": \"BUY\", "
                                + "\"price\": 1, \"qty\": 1}]"),
                text(
                        "duplicate order",
                        key,
                        "[" + order + "\"price\": 1, \"qty\": 1}, " + order + "\"price\": 1, \"qty\": 1}]"),
                text("orders not an array", key, "{\"orders\": 5}"),
                common("empty", key, new byte[0]),
                common("BOM and garbage", key, bomAndGarbage()),
                common("binary", key, binary(slot)),
                common("UTF-16", key, good.getBytes(StandardCharsets.UTF_16)));
    }

    static Case pick(RandomGenerator random, List<Case> cases) {
        return cases.get(random.nextInt(cases.size()));
    }

    private static Case text(String name, String key, String content) {
        return new Case(name, key, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Case common(String name, String key, byte[] content) {
        return new Case(name, key, content);
    }

    private static byte[] bomAndGarbage() {
        return "\uFEFF\u0000}{,,\"\u00ff\n\u0001garbage".getBytes(StandardCharsets.UTF_8);
    }

    /** Deterministic bytes of every value, zeros included, different per slot. */
    private static byte[] binary(int slot) {
        byte[] bytes = new byte[256 + slot % 64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + slot);
        }
        return bytes;
    }
}
