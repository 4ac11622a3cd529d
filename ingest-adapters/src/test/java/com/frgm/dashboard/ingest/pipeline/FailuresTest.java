package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are the infrastructure's (retry the file later) and which the file's own. */
class FailuresTest {

    @Test
    void databaseAndTransactionFailuresAreTransient() {
        assertThat(Failures.isTransient(new SQLTransientConnectionException("connection closed")))
                .isTrue();
        assertThat(Failures.isTransient(new QueryTimeoutException("statement timeout")))
                .isTrue();
        assertThat(Failures.isTransient(new DataAccessResourceFailureException("connection refused")))
                .isTrue();
        assertThat(Failures.isTransient(new CannotCreateTransactionException("pool exhausted")))
                .isTrue();
    }

    @Test
    void anotherWriterToTheSameAggregateIsTransient() {
        assertThat(Failures.isTransient(new ConcurrencyException("sequence 42 taken")))
                .isTrue();
        assertThat(Failures.isTransient(new AxonTransientException("bus busy") {}))
                .isTrue();
    }

    /** Until an upcaster is deployed the aggregate cannot load; the file is not at fault. */
    @Test
    void aStoredEventTheCodeCannotReadIsTransient() {
        assertThat(Failures.isTransient(new CommandExecutionException(
                        "loading feed-1 failed",
                        new SerializationException("Error while deserializing payload of message e-1"))))
                .isTrue();
    }

    /** A commit refused by a deferred constraint arrives wrapped; the SQL failure underneath decides. */
    @Test
    void aFailureIsTransientWhenAnyCauseIsOne() {
        Exception wrapped = new CommandExecutionException(
                "command failed",
                new IllegalStateException("flush failed", new SQLException("could not serialize", "40001")));
        assertThat(Failures.isTransient(wrapped)).isTrue();
        assertThat(Failures.isTransient(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key", "23505"))))
                .isTrue();
    }

    @Test
    void whatTheCommandOrTheFileGotWrongIsNotTransient() {
        assertThat(Failures.isTransient(new IllegalArgumentException("crossed quote")))
                .isFalse();
        assertThat(Failures.isTransient(new IllegalStateException(
                        "snapshot older than the last", new IllegalArgumentException("stale"))))
                .isFalse();
        assertThat(Failures.isTransient(new CommandExecutionException("rejected", null)))
                .isFalse();
    }

    @Test
    void theMessageIsTheRootCausesOrItsTypeWhenItHasNone() {
        assertThat(Failures.message(new CommandExecutionException(
                        "command failed",
                        new IllegalStateException("wrapped", new IllegalArgumentException("bid above ask")))))
                .isEqualTo("bid above ask");
        assertThat(Failures.message(new IllegalStateException("outer", new NullPointerException())))
                .isEqualTo("NullPointerException");
        assertThat(Failures.message(new IllegalArgumentException("plain"))).isEqualTo("plain");
    }
}
