package com.frgm.dashboard.eventstore.worker;

/**
 * Whether this node is the one that runs a job of which only one may run at a time across the
 * nodes (the TT poller: else the plan's limits halve; the archiver: else two interleave).
 */
public interface Leadership {

    /** True while this node leads; tries to become the leader when nobody is. */
    boolean holds();

    /** Gives the lead up, so that another node takes over at once. */
    void release();

    /** For a single node (tests, tools): always the leader. */
    static Leadership always() {
        return new Leadership() {
            @Override
            public boolean holds() {
                return true;
            }

            @Override
            public void release() {}
        };
    }
}
