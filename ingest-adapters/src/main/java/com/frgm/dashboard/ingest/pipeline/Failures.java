package com.frgm.dashboard.ingest.pipeline;

import java.sql.SQLException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/** Tells a failure of the infrastructure (retry the file later) from one of the file itself. */
final class Failures {

    private Failures() {}

    /**
     * Also a stored event this code cannot read (docs/adr/0016): the aggregate cannot be loaded
     * until an upcaster is deployed, which is no fault of the file; it waits and is tried again.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransactionException
                    || t instanceof ConcurrencyException
                    || t instanceof AxonTransientException
                    || t instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
