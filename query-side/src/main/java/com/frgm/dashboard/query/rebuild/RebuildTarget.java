package com.frgm.dashboard.query.rebuild;

/**
 * The port a blue/green rebuild works through: one read model whose versions live side by side in
 * one store (Redis in production), the live one under the contract's key names, a new one under a
 * prefix of its own until it takes over.
 */
public interface RebuildTarget {

    /** The projection's processing group, which is also its name in the API. */
    String name();

    /** The version serving now (1 until the first switch). */
    int liveVersion();

    /** The projection object (with its event handlers) writing into {@code version}'s keyspace, publishing nothing. */
    Object projection(int version);

    /**
     * Holds back every live write of the read model, runs {@code lastEvents} (the rebuild's final
     * catch-up), then makes {@code version} the live one in one atomic step: a rebuilt key replaces
     * the live one unless the live one holds a newer event, live keys the new version does not
     * have are removed. Returns how many keys were moved.
     */
    long switchTo(int version, Runnable lastEvents);

    /** Removes every key of {@code version}; the live version is left as it is. */
    void discard(int version);

    /** Removes every key of every version not live (after a restart: nothing half-built may remain). */
    void discardAbandoned();
}
