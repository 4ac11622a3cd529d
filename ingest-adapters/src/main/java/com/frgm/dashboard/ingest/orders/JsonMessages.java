package com.frgm.dashboard.ingest.orders;

import com.fasterxml.jackson.core.JsonToken;
import java.util.regex.Pattern;

/** Words for rejection reports about JSON, for an operator rather than a Jackson developer. */
final class JsonMessages {

    private static final int MAX_LENGTH = 300;
    /** Jackson names the input source inside locations; the report already says which file. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private JsonMessages() {}

    /** Jackson's message on one line, without the source description, and not too long. */
    static String readable(String message) {
        String text = message == null
                ? "unreadable input"
                : SOURCE.matcher(message)
                        .replaceAll("[")
                        .replaceAll("\\s+", " ")
                        .trim();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    /** "a string", "a number", ... for "must be a string, found a number". */
    static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
