package com.frgm.dashboard.app.it.fuzz;

import com.frgm.dashboard.app.it.fuzz.FuzzFile.Kind;
import com.frgm.dashboard.ingest.testsupport.ByteMutations;
import com.frgm.dashboard.ingest.testsupport.ByteMutations.Mutation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The files of one fuzz run, in drop order, made from one seed. Each file takes the next slot of
 * its kind: market-data and snapshot slots are the next second of 2024-01-15 from midnight (so
 * good files of a kind arrive in time order and none is stale), position slots the next day back
 * from {@link #TODAY}. A bad file is hand-made (surely bad, and checked so), random noise, or a
 * byte-level mutation of the good file the slot would have held; noise and mutations are kept
 * only when {@link FeedOracle} rejects them, so "bad" means what the application's own rules say.
 */
public final class FuzzCorpus {

    /** The fixed clock of the run: every good file lies before it, within the windows. */
    public static final Instant NOW = Instant.parse("2024-01-15T12:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private static final Instant DAY_START = Instant.parse("2024-01-15T00:00:00Z");
    private static final double GOOD_SHARE = 0.12;
    private static final int MAX_ATTEMPTS = 20;
    /**
     * Mutations start from a file whose every price is far from any good file's, so that no few
     * changed bytes can turn one into a later good file (for market data that would be a duplicate).
     */
    private static final int MUTATION_BASE = 1_000_000;

    private final SplittableRandom random;
    private final FeedOracle oracle = new FeedOracle(NOW);
    private final List<FuzzFile> files = new ArrayList<>();
    private final Set<String> goodMarketContent = new HashSet<>();
    private final int[] slots = new int[Kind.values().length];
    final Expected expected = new Expected();

    private FuzzCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** At least {@code badFiles} bad files, every kind mixed in, with good ones among them. */
    public static FuzzCorpus generate(long seed, int badFiles) {
        FuzzCorpus corpus = new FuzzCorpus(seed);
        int bad = 0;
        while (bad < badFiles) {
            Kind kind = Kind.values()[corpus.random.nextInt(Kind.values().length)];
            if (corpus.random.nextDouble() < GOOD_SHARE) {
                corpus.files.add(corpus.good(kind));
            } else {
                corpus.files.add(corpus.bad(kind));
                bad++;
            }
        }
        return corpus;
    }

    public List<FuzzFile> files() {
        return files;
    }

    public Expected expected() {
        return expected;
    }

    /** One more good market-data file, after all the others: proof that the inbox still takes files. */
    public FuzzFile nextGoodMarketData() {
        return good(Kind.MARKET_DATA);
    }

    private FuzzFile good(Kind kind) {
        int slot = slots[kind.ordinal()]++;
        return switch (kind) {
            case MARKET_DATA -> {
                Instant time = time(slot);
                int n = expected.marketFiles++;
                expected.lastMarketTime = time;
                String content = GoodFiles.marketData(n, time);
                goodMarketContent.add(sha256(content.getBytes(StandardCharsets.UTF_8)));
                yield good(kind, FeedLayout.ACTANT, FeedLayout.marketData(time), content);
            }
            case START_OF_DAY -> {
                LocalDate date = date(slot);
                expected.startOfDay.put(date, expected.startOfDayFiles++);
                yield good(
                        kind,
                        FeedLayout.ACTANT,
                        FeedLayout.position("sod", date),
                        GoodFiles.startOfDay(expected.startOfDay.get(date)));
            }
            case END_OF_DAY -> {
                LocalDate date = date(slot);
                expected.endOfDay.put(date, expected.endOfDayFiles++);
                yield good(
                        kind,
                        FeedLayout.ACTANT,
                        FeedLayout.position("eod", date),
                        GoodFiles.endOfDay(expected.endOfDay.get(date)));
            }
            case WORKING_ORDERS -> {
                Instant time = time(slot);
                int n = expected.snapshots++;
                expected.lastSnapshotTime = time;
                yield good(kind, FeedLayout.TT, FeedLayout.snapshot(time), GoodFiles.snapshot(n));
            }
        };
    }

    private FuzzFile good(Kind kind, String bucket, String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (!oracle.accepts(bucket, key, bytes)) {
            throw new IllegalStateException("a generated good file is rejected by the feed kinds: " + key);
        }
        return new FuzzFile(kind, bucket, key, bytes, true, "good");
    }

    private FuzzFile bad(Kind kind) {
        int slot = slots[kind.ordinal()]++;
        String bucket = kind == Kind.WORKING_ORDERS ? FeedLayout.TT : FeedLayout.ACTANT;
        String key;
        String base;
        List<BadFiles.Case> cases;
        switch (kind) {
            case MARKET_DATA -> {
                key = FeedLayout.marketData(time(slot));
                base = GoodFiles.marketData(MUTATION_BASE + expected.marketFiles, time(slot));
                cases = BadFiles.marketData(NOW, slot, time(slot), expected.marketFiles);
            }
            case START_OF_DAY -> {
                key = FeedLayout.position("sod", date(slot));
                base = GoodFiles.startOfDay(slot);
                cases = BadFiles.positions("sod", TODAY, slot, date(slot), base);
            }
            case END_OF_DAY -> {
                key = FeedLayout.position("eod", date(slot));
                base = GoodFiles.endOfDay(slot);
                cases = BadFiles.positions("eod", TODAY, slot, date(slot), base);
            }
            default -> {
                key = FeedLayout.snapshot(time(slot));
                base = GoodFiles.snapshot(expected.snapshots);
                cases = BadFiles.snapshot(NOW, slot, time(slot), expected.snapshots);
            }
        }
        byte[] interesting = kind == Kind.WORKING_ORDERS ? ByteMutations.JSON_BYTES : ByteMutations.CSV_BYTES;
        int strategy = random.nextInt(100);
        for (int attempt = 0; strategy < 65 && attempt < MAX_ATTEMPTS; attempt++) {
            boolean noise = strategy < 25;
            byte[] content = noise
                    ? ByteMutations.noise(random, interesting)
                    : Mutation.applyAll(
                            base.getBytes(StandardCharsets.UTF_8), ByteMutations.mutations(random, interesting));
            if (isBad(kind, bucket, key, content)) {
                return new FuzzFile(kind, bucket, key, content, false, noise ? "noise" : "mutation");
            }
        }
        BadFiles.Case chosen = BadFiles.pick(random, cases);
        if (!isBad(kind, bucket, chosen.key(), chosen.content())) {
            throw new IllegalStateException("hand-made case '" + chosen.name() + "' is accepted: " + chosen.key());
        }
        return new FuzzFile(kind, bucket, chosen.key(), chosen.content(), false, chosen.name());
    }

    /**
     * Rejected by the oracle, and for market data not the content of a good file: the registry
     * would find that a duplicate (identity is the content alone, ADR 0011) before any check.
     */
    private boolean isBad(Kind kind, String bucket, String key, byte[] content) {
        if (kind == Kind.MARKET_DATA && goodMarketContent.contains(sha256(content))) {
            return false;
        }
        return !oracle.accepts(bucket, key, content);
    }

    private static Instant time(int slot) {
        if (slot >= 40_000) {
            throw new IllegalStateException("too many files of one kind for one day before " + NOW);
        }
        return DAY_START.plusSeconds(slot);
    }

    private static LocalDate date(int slot) {
        return TODAY.minusDays(slot);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
