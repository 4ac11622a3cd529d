package com.frgm.dashboard.ingest.testsupport;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.intBetween;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.listOf;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.pick;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Raw input for fuzz tests of any file format: noise, and byte-level mutations of a real file.
 * Each format names the bytes that mean something to it, so that mutations often hit them.
 */
public final class ByteMutations {

    public static final byte[] CSV_BYTES = {
        '"',
        ',',
        '\n',
        '\r',
        ' ',
        '-',
        '.',
        'e',
        '0',
        '9',
        'Z',
        (byte) 0xEF,
        (byte) 0xBB,
        (byte) 0xBF,
        (byte) 0xC3,
        (byte) 0xFF,
        0
    };
    public static final byte[] JSON_BYTES = {
        '"',
        ',',
        ':',
        '[',
        ']',
        '{',
        '}',
        '\\',
        '\n',
        ' ',
        '-',
        '.',
        'e',
        '0',
        '9',
        'n',
        't',
        (byte) 0xEF,
        (byte) 0xBB,
        (byte) 0xBF,
        (byte) 0xC3,
        (byte) 0xFF,
        0
    };

    private ByteMutations() {}

    /** Up to 400 bytes: any byte, bytes that mean something to the format, UTF-8 or numbers, and letters. */
    public static byte[] noise(RandomGenerator random, byte[] interesting) {
        byte[] bytes = new byte[intBetween(random, 0, 400)];
        for (int i = 0; i < bytes.length; i++) {
            int kind = random.nextInt(5);
            bytes[i] = kind == 0
                    ? anyByte(random)
                    : kind <= 2 ? interestingByte(random, interesting) : (byte) intBetween(random, 'A', 'z');
        }
        return bytes;
    }

    /** One to eight byte-level mutations. */
    public static List<Mutation> mutations(RandomGenerator random, byte[] interesting) {
        return listOf(
                random,
                1,
                8,
                () -> new Mutation(
                        pick(random, List.of(Mutation.Kind.values())),
                        switch (random.nextInt(10)) {
                            case 0 -> 0.0;
                            case 1 -> 1.0;
                            default -> random.nextDouble();
                        },
                        random.nextBoolean() ? anyByte(random) : interestingByte(random, interesting)));
    }

    private static byte anyByte(RandomGenerator random) {
        return (byte) random.nextInt(256);
    }

    private static byte interestingByte(RandomGenerator random, byte[] interesting) {
        return interesting[random.nextInt(interesting.length)];
    }

    /** Replace, insert or delete one byte, or cut the file short, at a relative position. */
    public record Mutation(Kind kind, double where, byte value) {
        public enum Kind {
            REPLACE,
            INSERT,
            DELETE,
            TRUNCATE
        }

        public static byte[] applyAll(byte[] original, List<Mutation> mutations) {
            byte[] bytes = original.clone();
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        }

        public byte[] apply(byte[] bytes) {
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
