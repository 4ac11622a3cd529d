package com.frgm.dashboard.ui.history;

/** A history request whose parameters cannot be answered; the message says which and why. */
class BadHistoryRequestException extends RuntimeException {

    BadHistoryRequestException(String message) {
        super(message);
    }
}
