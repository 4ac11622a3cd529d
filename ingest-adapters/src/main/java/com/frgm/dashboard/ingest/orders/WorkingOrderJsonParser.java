package com.frgm.dashboard.ingest.orders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.Problems;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses and validates a TT working-order snapshot (docs/feeds.md 2 and 5), streaming token by token
 * so that a large snapshot is never held as a tree: a top-level array of orders, or an object
 * whose {@code orders} field is that array (its other fields are ignored). Every problem is
 * collected up to a limit; a field is named by its place, e.g. {@code orders[3].side}, counting
 * from 0 in either form. Malformed JSON ends the parse with a problem at the line and column
 * where it broke. An empty array is a valid snapshot: nothing is working.
 *
 * <p>A malformed file never throws: it comes back rejected. Only a failure to read the input
 * itself throws ({@link UncheckedIOException}). The caller owns and closes the input.
 * Thread-safe: all state lives in one {@code parse} call.
 */
public final class WorkingOrderJsonParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build()
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final int maxProblems;

    public WorkingOrderJsonParser() {
        this(Problems.DEFAULT_MAX);
    }

    /** @param maxProblems problems collected before parsing stops with a "too many problems" note */
    public WorkingOrderJsonParser(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        this.maxProblems = maxProblems;
    }

    public ParsedFile<WorkingOrder> parse(InputStream in) {
        Problems problems = new Problems(maxProblems);
        List<WorkingOrder> orders = new ArrayList<>();
        try {
            PushbackInputStream bytes = new PushbackInputStream(in, 4);
            if (Utf8.looksLikeOtherUnicode(bytes)) {
                problems.add(1, null, null, "not UTF-8: the file looks like UTF-16 or UTF-32");
            } else {
                try (JsonParser json = JSON.createParser(bytes)) {
                    new SnapshotDocument(json, problems, new OrderReader(problems), orders).read();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(
                    at == null ? null : line(at),
                    null,
                    null,
                    "not valid JSON"
                            + (at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr())
                            + ": " + JsonMessages.readable(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            problems.add(null, null, null, "not valid UTF-8: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? ParsedFile.of(orders) : ParsedFile.rejected(problems.list());
    }

    /** 1-based line of a location; a location that knows none counts as the first line. */
    static int line(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    /** Walks the top level: the array of orders, or the object holding it, then nothing more. */
    private record SnapshotDocument(JsonParser json, Problems problems, OrderReader reader, List<WorkingOrder> orders) {

        void read() throws IOException {
            JsonToken first = json.nextToken();
            if (first == null) {
                problems.add(1, null, null, "file is empty: a JSON array of orders is required");
                return;
            }
            boolean complete = switch (first) {
                case START_ARRAY -> readOrders();
                case START_OBJECT -> readWrapper();
                default -> {
                    problem("expected an array of orders or an object with an `orders` array, found "
                            + JsonMessages.kind(first));
                    yield false;
                }
            };
            if (complete && json.nextToken() != null) {
                problem("unexpected content after the end of the JSON document");
            }
        }

        /** Returns false when parsing stopped early (too many problems). */
        private boolean readOrders() throws IOException {
            int index = 0;
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                if (problems.full()) {
                    return false;
                }
                String path = "orders[" + index++ + "]";
                if (token == JsonToken.START_OBJECT) {
                    WorkingOrder order = reader.read(json, path);
                    // A rejected file keeps no orders, so a huge bad file does not pile them up.
                    if (order != null && problems.isEmpty()) {
                        orders.add(order);
                    }
                } else {
                    problems.add(
                            line(json.currentTokenLocation()),
                            path,
                            token.isScalarValue() ? json.getText() : null,
                            "expected an order object, found " + JsonMessages.kind(token));
                    json.skipChildren();
                }
            }
            return true;
        }

        private boolean readWrapper() throws IOException {
            boolean found = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (!name.equals("orders")) {
                    json.skipChildren();
                } else if (found) {
                    problem("field `orders` appears more than once");
                    json.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    found = true;
                    problem("`orders` must be an array of orders, found " + JsonMessages.kind(value));
                    json.skipChildren();
                } else {
                    found = true;
                    if (!readOrders()) {
                        return false;
                    }
                }
            }
            if (!found) {
                problem("the object has no `orders` array");
            }
            return true;
        }

        private void problem(String reason) {
            problems.add(line(json.currentTokenLocation()), null, null, reason);
        }
    }
}
