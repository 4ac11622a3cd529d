package com.frgm.dashboard.query.redis;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Where a Redis store adapter writes: the live keys (docs/feeds.md names, publishing to the live
 * channels) or a version being rebuilt beside them under {@code rebuild:<projection>:v<n>:{<live name>}},
 * which publishes nothing (ADR 0024). Live writes of a read model pass a gate that its switch
 * closes while it moves the rebuilt keys into place, so no live batch lands half before and half
 * after the move.
 */
public final class Keyspace {

    private final String prefix;
    private final boolean live;
    private final ReadWriteLock gate;

    private Keyspace(String prefix, boolean live, ReadWriteLock gate) {
        this.prefix = prefix;
        this.live = live;
        this.gate = gate;
    }

    /** The live keys, behind a gate of their own. */
    public static Keyspace live() {
        return new Keyspace("", true, new ReentrantReadWriteLock());
    }

    /** Version {@code version} of {@code projection} being rebuilt. */
    static Keyspace rebuild(String projection, int version) {
        return new Keyspace(prefix(projection, version), false, new ReentrantReadWriteLock());
    }

    static String prefix(String projection, int version) {
        return allVersions(projection) + "v" + version + ":";
    }

    static String allVersions(String projection) {
        return "rebuild:" + projection + ":";
    }

    /**
     * The key of {@code liveName} here. A rebuilt key holds the live name as its hash tag, and so
     * does its companion, so both sit in the live key's Redis Cluster slot and can be renamed onto it.
     */
    String key(String liveName) {
        return live ? liveName : prefix + "{" + liveName + "}";
    }

    /** The {@code seq:} companion of {@code key}, a key of this keyspace. */
    String sequenceKey(String key) {
        return live ? "seq:{" + key + "}" : prefix + "seq:" + key.substring(prefix.length());
    }

    /** The channel to publish on, or null when this keyspace publishes nothing. */
    String channel(String liveChannel) {
        return live ? liveChannel : null;
    }

    boolean publishes() {
        return live;
    }

    /** Runs one batch of writes; waits while a switch holds the gate. */
    <T> T write(Supplier<T> batch) {
        Lock lock = gate.readLock();
        lock.lock();
        try {
            return batch.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} with every live write of this keyspace held back. */
    void exclusively(Runnable work) {
        Lock lock = gate.writeLock();
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
