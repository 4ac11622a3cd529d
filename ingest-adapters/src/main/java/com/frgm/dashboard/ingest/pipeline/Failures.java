package com.frgm.dashboard.ingest.pipeline;

import java.sql.SQLException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionException;

/** Tells a failure of the infrastructure (retry the file later) from one of the file itself. */
final class Failures {

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransactionException
                    || t instanceof ConcurrencyException || t instanceof AxonTransientException) {
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
