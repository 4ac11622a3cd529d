package com.frgm.dashboard.query.dynamodb;

/** DynamoDB would not take some history items, even after retrying. */
public class HistoryWriteException extends RuntimeException {

    public HistoryWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
