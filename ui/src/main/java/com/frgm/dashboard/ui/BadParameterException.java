package com.frgm.dashboard.ui;

/**
 * A request parameter an endpoint cannot answer: {@code parameter} names it and the message says
 * what would be right. Answered as a {@code bad-parameter} problem (400) that names it.
 */
public class BadParameterException extends IllegalArgumentException {

    private final String parameter;

    public BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
