package com.frgm.dashboard.bench;

/**
 * The file a ladder event shows, read straight off the event's text: hundreds of clients parsing
 * every ladder as JSON would take more of two cores than the server they measure.
 */
final class SseEvents {

    private static final String VOLUME = "\"volume\":";

    private SseEvents() {}

    /** The file number of the ladder event in {@code text[from, to)} (its volume less 10,000), or -1 for a comment. */
    static int fileOf(CharSequence text, int from, int to) {
        int at = indexOf(text, from, to);
        if (at < 0) {
            return -1;
        }
        long volume = 0;
        int digits = 0;
        for (int i = at + VOLUME.length(); i < to && Character.isDigit(text.charAt(i)); i++, digits++) {
            volume = volume * 10 + (text.charAt(i) - '0');
        }
        return digits == 0 ? -1 : (int) (volume - 10_000);
    }

    private static int indexOf(CharSequence text, int from, int to) {
        outer:
        for (int i = from; i <= to - VOLUME.length(); i++) {
            for (int j = 0; j < VOLUME.length(); j++) {
                if (text.charAt(i + j) != VOLUME.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
