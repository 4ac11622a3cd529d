package com.frgm.dashboard.ingest.tt;

/** Whether this node is the one that polls TT now; only one node may, or the plan's limits halve. */
interface Leadership {

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
            public void release() {
            }
        };
    }
}
