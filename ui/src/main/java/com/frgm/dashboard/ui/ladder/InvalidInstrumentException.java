package com.frgm.dashboard.ui.ladder;

/** An instrument name that {@link InstrumentNames} refuses; answered with 400. */
public class InvalidInstrumentException extends IllegalArgumentException {

    InvalidInstrumentException(String message) {
        super(message);
    }
}
