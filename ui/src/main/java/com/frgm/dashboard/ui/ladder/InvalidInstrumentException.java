package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.ui.BadParameterException;

/** An instrument (or account, order) name that {@link InstrumentNames} refuses; answered with 400. */
public class InvalidInstrumentException extends BadParameterException {

    InvalidInstrumentException(String parameter, String message) {
        super(parameter, message);
    }
}
