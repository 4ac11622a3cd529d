package com.frgm.dashboard.query.rebuild;

/**
 * One rebuild of a projection at a time across every dashboard node sharing the store: taken
 * before a rebuild starts, renewed while it runs, released when it ends, and lapsing by itself
 * when its node dies.
 */
public interface RebuildLock {

    /** Takes the lock of {@code projection} for this node; false when another rebuild holds it. */
    boolean acquire(String projection);

    /** Renews the lock this node holds; false when it was lost (expired, or the store was flushed). */
    boolean renew(String projection);

    void release(String projection);

    /** Whether any node holds the lock now. */
    boolean held(String projection);
}
