package com.frgm.dashboard.app.it.fuzz;

/**
 * One file of the pipeline fuzz run: where it is dropped, its bytes, and whether the pipeline
 * must accept it (a generated good file) or reject it (judged so by {@link FeedOracle}).
 *
 * @param origin how it was made, for failure messages: {@code good}, {@code noise},
 *               {@code mutation}, or the name of a hand-made case
 */
public record FuzzFile(Kind kind, String bucket, String key, byte[] content, boolean good, String origin) {

    public enum Kind {
        MARKET_DATA,
        START_OF_DAY,
        END_OF_DAY,
        WORKING_ORDERS
    }

    @Override
    public String toString() {
        return (good ? "good " : "bad ") + bucket + "/" + key + " (" + origin + ", " + content.length + " bytes)";
    }
}
