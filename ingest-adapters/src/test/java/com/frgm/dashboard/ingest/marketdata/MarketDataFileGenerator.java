package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.chance;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.intBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.listOf;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.longBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.maybe;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.pick;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.range;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.string;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generated market-data input: valid rows (see {@link QuoteDraft}, written out by
 * {@link FeedFileWriter}), raw noise, and byte-level mutations of a real file.
 */
final class MarketDataFileGenerator {

    static final List<String> EXTRA_COLUMNS = List.of("venue", "note", "bid_1", "bid_11", "ask_size_1", "x-source");

    private static final String LETTERS_AND_DIGITS = range('A', 'Z') + range('a', 'z') + range('0', '9');
    private static final String INSTRUMENT_MIDDLE = LETTERS_AND_DIGITS + " ._:/-";
    /** Anything a feed might put in a free-text column, commas, quotes and line breaks included. */
    private static final String EXTRA_TEXT = range(' ', '~') + range('\u00a0', '\u00ff') + ",\"\r\n\t€";
    private static final List<Set<String>> SIDES = List.of(
            Set.of("bid"), Set.of("ask"), Set.of("price"), Set.of("bid", "ask"), Set.of("bid", "price"),
            Set.of("ask", "price"), Set.of("bid", "ask", "price"));
    private static final byte[] INTERESTING = {'"', ',', '\n', '\r', ' ', '-', '.', 'e', '0', '9', 'Z',
        (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xFF, 0};

    private MarketDataFileGenerator() {
    }

    /** Between min and max valid rows, no two for the same instrument. */
    static List<QuoteDraft> drafts(RandomGenerator random, int minSize, int maxSize) {
        int size = intBetween(random, minSize, maxSize);
        Set<String> instruments = new HashSet<>();
        List<QuoteDraft> drafts = new ArrayList<>(size);
        while (drafts.size() < size) {
            QuoteDraft draft = draft(random);
            if (instruments.add(draft.instrument)) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    static QuoteDraft draft(RandomGenerator random) {
        QuoteDraft d = new QuoteDraft();
        d.instrument = instrumentId(random);
        if (chance(random, 0.7)) {
            d.timestamp = timestamp(random);
        }
        d.timestampStyle = intBetween(random, 0, 3);
        d.base = decimal(random, 1, 20_000_000);
        d.spread = decimal(random, 0, 100_000);
        d.priceOffset = decimal(random, -100_000, 100_000);
        d.sides = pick(random, SIDES);
        d.bidSize = maybe(random, 0.7, () -> count(random));
        d.askSize = maybe(random, 0.7, () -> count(random));
        d.volume = maybe(random, 0.7, () -> count(random));
        d.bidLevels = levels(random);
        d.askLevels = levels(random);
        d.delta = maybe(random, 0.5, () -> decimal(random, -2_000_000, 2_000_000));
        d.gamma = maybe(random, 0.5, () -> decimal(random, -2_000_000, 2_000_000));
        d.vega = maybe(random, 0.5, () -> decimal(random, -2_000_000, 2_000_000));
        d.theta = maybe(random, 0.5, () -> decimal(random, -2_000_000, 2_000_000));
        d.underlying = maybe(random, 0.3, () -> instrumentId(random));
        d.tickSize = maybe(random, 0.5, () -> decimal(random, 1, 1_000_000));
        d.multiplier = maybe(random, 0.5, () -> decimal(random, 1, 1_000_000));
        d.extras = extras(random);
        d.exponentStyle = random.nextBoolean();
        return d;
    }

    /** Starts and ends with a letter or digit, since cells are trimmed; 2 to 64 characters. */
    static String instrumentId(RandomGenerator random) {
        return string(random, LETTERS_AND_DIGITS, 1, 1) + string(random, INSTRUMENT_MIDDLE, 0, 62)
                + string(random, LETTERS_AND_DIGITS, 1, 1);
    }

    /** An unscaled value in the range with a scale of 0 to 9, so 1.5, 1.50 and 15E-1 all turn up. */
    static BigDecimal decimal(RandomGenerator random, long minUnscaled, long maxUnscaled) {
        return new BigDecimal(BigInteger.valueOf(longBetween(random, minUnscaled, maxUnscaled)), intBetween(random, 0, 9));
    }

    static long count(RandomGenerator random) {
        return longBetween(random, 0, Long.MAX_VALUE);
    }

    static Instant timestamp(RandomGenerator random) {
        return Instant.ofEpochMilli(longBetween(random, 946_684_800_000L, 4_102_444_800_000L));
    }

    /** Up to 9 depth levels after the top of book; some left empty, some without a size. */
    private static List<QuoteDraft.Level> levels(RandomGenerator random) {
        return listOf(random, 0, 9, () -> {
            BigDecimal step = maybe(random, 0.7, () -> decimal(random, 1, 1_000_000));
            Long size = maybe(random, 0.6, () -> count(random));
            return step == null ? new QuoteDraft.Level(null, null) : new QuoteDraft.Level(step, size);
        });
    }

    private static Map<String, String> extras(RandomGenerator random) {
        Map<String, String> extras = new LinkedHashMap<>();
        int size = intBetween(random, 0, 3);
        while (extras.size() < size) {
            extras.put(pick(random, EXTRA_COLUMNS), extraValue(random));
        }
        return extras;
    }

    private static String extraValue(RandomGenerator random) {
        String value;
        do {
            value = string(random, EXTRA_TEXT, 1, 20);
        } while (value.isBlank());
        return value;
    }

    /** Up to 400 bytes: any byte, bytes that mean something to CSV, UTF-8 or numbers, and letters. */
    static byte[] noise(RandomGenerator random) {
        byte[] bytes = new byte[intBetween(random, 0, 400)];
        for (int i = 0; i < bytes.length; i++) {
            int kind = random.nextInt(5);
            bytes[i] = kind == 0 ? anyByte(random)
                    : kind <= 2 ? interestingByte(random)
                    : (byte) intBetween(random, 'A', 'z');
        }
        return bytes;
    }

    /** One to eight byte-level mutations. */
    static List<Mutation> mutations(RandomGenerator random) {
        return listOf(random, 1, 8, () -> new Mutation(
                pick(random, List.of(Mutation.Kind.values())),
                switch (random.nextInt(10)) {
                    case 0 -> 0.0;
                    case 1 -> 1.0;
                    default -> random.nextDouble();
                },
                random.nextBoolean() ? anyByte(random) : interestingByte(random)));
    }

    private static byte anyByte(RandomGenerator random) {
        return (byte) random.nextInt(256);
    }

    private static byte interestingByte(RandomGenerator random) {
        return INTERESTING[random.nextInt(INTERESTING.length)];
    }

    /** Replace, insert or delete one byte, or cut the file short, at a relative position. */
    record Mutation(Kind kind, double where, byte value) {
        enum Kind { REPLACE, INSERT, DELETE, TRUNCATE }

        static byte[] applyAll(byte[] original, List<Mutation> mutations) {
            byte[] bytes = original.clone();
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        }

        byte[] apply(byte[] bytes) {
            int at = (int) (where * bytes.length);
            int n = bytes.length;
            return switch (kind) {
                case REPLACE -> {
                    byte[] copy = bytes.clone();
                    if (at < n) {
                        copy[at] = value;
                    }
                    yield copy;
                }
                case INSERT -> concat(bytes, at, new byte[] {value}, at);
                case DELETE -> at < n ? concat(bytes, at, new byte[0], at + 1) : bytes;
                case TRUNCATE -> Arrays.copyOf(bytes, at);
            };
        }

        private static byte[] concat(byte[] bytes, int headEnd, byte[] middle, int tailStart) {
            byte[] out = new byte[headEnd + middle.length + bytes.length - tailStart];
            System.arraycopy(bytes, 0, out, 0, headEnd);
            System.arraycopy(middle, 0, out, headEnd, middle.length);
            System.arraycopy(bytes, tailStart, out, headEnd + middle.length, bytes.length - tailStart);
            return out;
        }
    }
}
