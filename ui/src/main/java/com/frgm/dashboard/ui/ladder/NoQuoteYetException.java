package com.frgm.dashboard.ui.ladder;

/** The query side has no ladder for the instrument because no quote arrived yet; answered with 404. */
class NoQuoteYetException extends RuntimeException {

    NoQuoteYetException(String instrument) {
        super("No quote yet for " + instrument + ".");
    }
}
