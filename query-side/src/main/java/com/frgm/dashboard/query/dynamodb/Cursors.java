package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.api.RefusedParameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryExecutionException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A page's {@code LastEvaluatedKey} as an opaque URL-safe string and back. Key attributes are
 * only ever S or N here, written {@code name=S:value} or {@code name=N:value}, one per line.
 */
public final class Cursors {

    /** Far more than any key of ours needs (two attributes); the UI refuses longer ones too. */
    static final int MAX_LENGTH = 2048;

    /**
     * DynamoDB's number syntax within its own limits (38 digits, exponents of three digits at
     * most). Checked before {@link BigDecimal} sees the text: {@code 1e999999999} is a valid
     * BigDecimal whose plain form is a billion digits long.
     */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,38}(\\.[0-9]{1,38})?([eE][+-]?[0-9]{1,3})?");

    private Cursors() {}

    static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(lastEvaluatedKey)
                .forEach((name, value) -> text.append(name)
                        .append('=')
                        .append(value.n() != null ? "N:" + value.n() : "S:" + value.s())
                        .append('\n'));
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException when the cursor is not one of ours */
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw new InvalidCursorException();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                String type = line.substring(eq + 1, eq + 3);
                String value = line.substring(eq + 3);
                key.put(
                        line.substring(0, eq),
                        switch (type) {
                            case "N:" -> AttributeValue.fromN(number(value));
                            case "S:" -> AttributeValue.fromS(value);
                            default -> throw new IllegalArgumentException(type);
                        });
            }
            return key;
        } catch (RuntimeException e) {
            throw new InvalidCursorException();
        }
    }

    private static String number(String value) {
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("not a DynamoDB number");
        }
        return new BigDecimal(value).toPlainString();
    }

    /**
     * A {@code cursor} parameter that no page of ours handed out. A query execution failure whose
     * details name the parameter, so that the endpoint tells it from other failures by type.
     */
    public static final class InvalidCursorException extends QueryExecutionException {
        private static final String DETAIL = "cursor is not a 'next' value from an earlier page";

        public InvalidCursorException() {
            super(DETAIL, null, new RefusedParameter("cursor", DETAIL));
        }
    }
}
