-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), with Axon's default
-- DeadLetterSchema names (unquoted, so PostgreSQL folds them to lower case, as Axon's own
-- statements do). Same columns as Axon's GenericDeadLetterTableFactory, with BYTEA for the
-- serialized payload, meta data, token and diagnostics (Jackson serializer) and PostgreSQL
-- types. Owned by Flyway, like the event store, so nothing creates schema at run time.

CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_entry_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);

CREATE INDEX dead_letter_entry_processing_group ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_entry_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
