package com.frgm.dashboard.ingest.pipeline;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/** Transactions that only count how they ended; {@link #commitFailsWith} makes the commit fail. */
final class RecordingTransactions implements TransactionManager {

    int started;
    int committed;
    int rolledBack;
    private RuntimeException commitFailure;

    void commitFailsWith(RuntimeException failure) {
        commitFailure = failure;
    }

    @Override
    public Transaction startTransaction() {
        started++;
        return new Transaction() {
            @Override
            public void commit() {
                if (commitFailure != null) {
                    throw commitFailure;
                }
                committed++;
            }

            @Override
            public void rollback() {
                rolledBack++;
            }
        };
    }
}
