package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.chance;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.intBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.listOf;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.longBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.maybe;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.pick;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.range;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.string;

import com.frgm.dashboard.ingest.testsupport.RandomValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generated market-data input: valid rows (see {@link QuoteDraft}, written out by
 * {@link FeedFileWriter}); noise and byte-level mutations come from {@code ByteMutations}.
 */
final class MarketDataFileGenerator {

    static final List<String> EXTRA_COLUMNS = List.of("venue", "note", "bid_1", "bid_11", "ask_size_1", "x-source");

    /** Anything a feed might put in a free-text column, commas, quotes and line breaks included. */
    private static final String EXTRA_TEXT = range(' ', '~') + range('\u00a0', '\u00ff') + ",\"\r\n\t€";

    private static final List<Set<String>> SIDES = List.of(
            Set.of("bid"),
            Set.of("ask"),
            Set.of("price"),
            Set.of("bid", "ask"),
            Set.of("bid", "price"),
            Set.of("ask", "price"),
            Set.of("bid", "ask", "price"));

    private MarketDataFileGenerator() {}

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

    static String instrumentId(RandomGenerator random) {
        return RandomValues.id(random);
    }

    static BigDecimal decimal(RandomGenerator random, long minUnscaled, long maxUnscaled) {
        return RandomValues.decimal(random, minUnscaled, maxUnscaled);
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
}
