package com.frgm.dashboard.ingest.testsupport;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Property-style tests on plain JUnit 5: one dynamic test per generated case, each case driven by
 * its own {@link SplittableRandom} seeded with {@code baseSeed + index}. Runs are deterministic, and
 * the display name and failure message of a case name its seed. To replay one seed in isolation,
 * run with {@code -Dfrgm.property.seed=<seed>}: every property then runs just that seed.
 */
public final class PropertyCases {

    public static final String REPLAY_SEED_PROPERTY = "frgm.property.seed";

    /** The check a property makes for one case, given that case's random source. */
    @FunctionalInterface
    public interface Check {
        void check(SplittableRandom random) throws Throwable;
    }

    private PropertyCases() {}

    public static Stream<DynamicTest> cases(long baseSeed, int count, Check check) {
        Long replay = Long.getLong(REPLAY_SEED_PROPERTY);
        if (replay != null) {
            return Stream.of(dynamicTest("replay", replay, check));
        }
        return IntStream.range(0, count).mapToObj(i -> dynamicTest("case " + i, baseSeed + i, check));
    }

    /** True when only a replayed seed runs, so checks over the whole run of cases do not apply. */
    public static boolean replaying() {
        return System.getProperty(REPLAY_SEED_PROPERTY) != null;
    }

    private static DynamicTest dynamicTest(String name, long seed, Check check) {
        return DynamicTest.dynamicTest(name + " [seed=" + seed + "]", () -> {
            try {
                check.check(new SplittableRandom(seed));
            } catch (Throwable failure) {
                throw new AssertionError(
                        "Property failed for seed " + seed + " (replay with -D" + REPLAY_SEED_PROPERTY + "=" + seed
                                + "): " + failure,
                        failure);
            }
        });
    }
}
