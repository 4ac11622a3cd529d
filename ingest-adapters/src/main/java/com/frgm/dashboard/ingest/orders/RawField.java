package com.frgm.dashboard.ingest.orders;

import com.fasterxml.jackson.core.JsonToken;

/**
 * One field of an order as it appeared: its token, its text (null for an object or array, which
 * is never a valid order field) and the line it is on. Orders are checked only once all their
 * fields are read, because JSON fields come in any order and {@code filled_qty} needs {@code qty}.
 */
record RawField(JsonToken token, String text, int line) {

    boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }

    boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    boolean isNumber() {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    /** How the operator would call it, for "must be a string, found a number". */
    String kind() {
        return JsonMessages.kind(token);
    }
}
