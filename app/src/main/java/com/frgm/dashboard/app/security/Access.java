package com.frgm.dashboard.app.security;

/** Who may use a route: anyone, a signed-in viewer (or operator), an operator, or nobody over HTTP. */
public enum Access {
    OPEN,
    VIEWER,
    OPERATOR,
    NOBODY
}
