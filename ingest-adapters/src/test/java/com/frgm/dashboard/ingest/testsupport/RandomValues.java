package com.frgm.dashboard.ingest.testsupport;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Small building blocks for generated test data. Numbers and sizes lean towards the edges of their
 * range and towards small magnitudes, where bugs tend to hide, as well as spreading uniformly.
 */
public final class RandomValues {

    private static final String LETTERS_AND_DIGITS = range('A', 'Z') + range('a', 'z') + range('0', '9');
    private static final String ID_MIDDLE = LETTERS_AND_DIGITS + " ._:/-";

    private RandomValues() {}

    public static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    /** The value with the given probability, otherwise null. */
    public static <T> T maybe(RandomGenerator random, double probability, Supplier<T> value) {
        return chance(random, probability) ? value.get() : null;
    }

    public static <T> T pick(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Inclusive; one time in ten the minimum, one in ten the maximum. */
    public static int intBetween(RandomGenerator random, int min, int max) {
        return switch (random.nextInt(10)) {
            case 0 -> min;
            case 1 -> max;
            default -> (int) uniformLong(random, min, max);
        };
    }

    /** Inclusive; mixes edge values, small magnitudes and uniform picks over the whole range. */
    public static long longBetween(RandomGenerator random, long min, long max) {
        int mode = random.nextInt(10);
        if (mode == 0) {
            long[] edges = {min, max, 0, 1, -1, min + 1, max - 1};
            long edge = edges[random.nextInt(edges.length)];
            return edge >= min && edge <= max ? edge : min;
        }
        if (mode < 5) {
            long centre = min > 0 ? min : Math.min(max, 0);
            int bits = random.nextInt(64);
            long offset = bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
            try {
                long value = random.nextBoolean() ? Math.addExact(centre, offset) : Math.subtractExact(centre, offset);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (ArithmeticException outOfLongRange) {
                // fall through to a uniform pick
            }
        }
        return uniformLong(random, min, max);
    }

    /** Characters drawn from the alphabet, length between the bounds inclusive. */
    public static String string(RandomGenerator random, String alphabet, int minLength, int maxLength) {
        int length = intBetween(random, minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public static <T> List<T> listOf(RandomGenerator random, int minSize, int maxSize, Supplier<T> element) {
        int size = intBetween(random, minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /**
     * A feed id (instrument, account, order): starts and ends with a letter or digit, since CSV
     * cells are trimmed and ids may not be padded; 2 to 64 characters.
     */
    public static String id(RandomGenerator random) {
        return string(random, LETTERS_AND_DIGITS, 1, 1)
                + string(random, ID_MIDDLE, 0, 62)
                + string(random, LETTERS_AND_DIGITS, 1, 1);
    }

    /** An unscaled value in the range with a scale of 0 to 9, so 1.5, 1.50 and 15E-1 all turn up. */
    public static BigDecimal decimal(RandomGenerator random, long minUnscaled, long maxUnscaled) {
        return new BigDecimal(
                BigInteger.valueOf(longBetween(random, minUnscaled, maxUnscaled)), intBetween(random, 0, 9));
    }

    /** Every character from first to last inclusive, for building alphabets. */
    public static String range(char first, char last) {
        StringBuilder chars = new StringBuilder();
        for (char c = first; c <= last; c++) {
            chars.append(c);
        }
        return chars.toString();
    }

    /** Fisher-Yates, in place. */
    public static <T> void shuffle(RandomGenerator random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    private static long uniformLong(RandomGenerator random, long min, long max) {
        if (max == Long.MAX_VALUE) {
            return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong(min, max + 1);
    }
}
