package com.frgm.dashboard.ui.ladder;

import java.util.regex.Pattern;

/**
 * The one place that decides what an instrument name from the outside may look like. Instrument
 * names reach query handlers, logs and the page, so anything else is refused at the edge.
 */
public final class InstrumentNames {

    static final String RULE = "1 to 64 characters of letters, digits, space and . _ : / -";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9 ._:/-]{1,64}");

    private InstrumentNames() {}

    /** Returns the name unchanged when it is valid. */
    public static String requireValid(String candidate) {
        return requireValid("instrument", candidate);
    }

    /** Returns the name unchanged when it is valid; a refusal names {@code parameter}. */
    public static String requireValid(String parameter, String candidate) {
        if (candidate == null || !VALID.matcher(candidate).matches()) {
            throw new InvalidInstrumentException(parameter, parameter + " must be " + RULE + ".");
        }
        return candidate;
    }
}
