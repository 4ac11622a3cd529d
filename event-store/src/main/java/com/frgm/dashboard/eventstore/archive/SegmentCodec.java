package com.frgm.dashboard.eventstore.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A segment: gzip-compressed JSON lines, one event per line, in global order. Payload and
 * metadata are embedded as JSON (readable with {@code zcat | jq}) when re-serialising the
 * parsed JSON gives back the stored bytes exactly; otherwise they are kept as base64 text
 * ({@code payload_base64}), so a restore is byte-exact either way.
 */
public final class SegmentCodec {

    /** Exact decimals both ways, so that {@code 112.50} stays {@code 112.50}. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SegmentCodec() {}

    public static byte[] encode(List<ArchivedEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            JsonFactory factory = JSON.getFactory();
            for (ArchivedEvent e : events) {
                JsonGenerator g = factory.createGenerator(gzip);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeNumberField("global_index", e.globalIndex());
                g.writeStringField("event_identifier", e.eventIdentifier());
                g.writeStringField("aggregate_identifier", e.aggregateIdentifier());
                g.writeStringField("aggregate_type", e.aggregateType());
                g.writeNumberField("sequence_number", e.sequenceNumber());
                g.writeStringField("payload_type", e.payloadType());
                g.writeStringField("payload_revision", e.payloadRevision());
                g.writeStringField("time_stamp", e.timeStamp());
                if (e.feedTimeStamp() != null) {
                    g.writeStringField("feed_time", e.feedTimeStamp());
                }
                writeJson(g, "payload", e.payload());
                writeJson(g, "meta_data", e.metaData());
                g.writeEndObject();
                g.close();
                gzip.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    public static List<ArchivedEvent> decode(byte[] segment) {
        List<ArchivedEvent> events = new ArrayList<>();
        decode(new ByteArrayInputStream(segment), events::add);
        return events;
    }

    /**
     * The events after global index {@code after} to {@code sink}; a line at or before it is
     * read only as far as its global index (the first field). Returns how many lines there were
     * and the last line's global index, for the caller to check against the manifest.
     */
    public static Lines decodeAfter(byte[] segment, long after, Consumer<ArchivedEvent> sink) {
        return decodeAfter(segment, after, null, sink);
    }

    /**
     * The same, leaving out the events whose feed time the segment records as after
     * {@code fedBy} (null: none): such a line is read only as far as its feed time, never its
     * payload.
     */
    public static Lines decodeAfter(byte[] segment, long after, Instant fedBy, Consumer<ArchivedEvent> sink) {
        byte[] lines = gunzip(new ByteArrayInputStream(segment));
        int count = 0;
        long last = -1;
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i] == '\n') {
                if (i > start) {
                    count++;
                    last = globalIndex(lines, start, i - start);
                    if (last > after) {
                        ArchivedEvent event = line(lines, start, i - start, fedBy);
                        if (event != null) {
                            sink.accept(event);
                        }
                    }
                }
                start = i + 1;
            }
        }
        return new Lines(count, last);
    }

    /** How many lines a segment held, and the last one's global index. */
    public record Lines(int count, long lastGlobalIndex) {}

    /**
     * Streams the events of a gzip segment to {@code sink}, in order. Each line is read with a
     * streaming parser over its bytes; an embedded payload or metadata is copied verbatim from the
     * line (the encoder embedded it only where that text is the stored bytes exactly), never
     * parsed into a tree and written again.
     */
    public static void decode(InputStream segment, Consumer<ArchivedEvent> sink) {
        byte[] lines = gunzip(segment);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i] == '\n') {
                if (i > start) {
                    sink.accept(line(lines, start, i - start));
                }
                start = i + 1;
            }
        }
    }

    private static byte[] gunzip(InputStream segment) {
        try (InputStream in = new GZIPInputStream(segment, 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException("unreadable segment: " + ex.getMessage(), ex);
        }
    }

    private static final byte[] FIRST_FIELD = "{\"global_index\":".getBytes(StandardCharsets.US_ASCII);

    /**
     * A line's global index: its first field, as {@link #encode} writes it, read off the bytes
     * (no parser per line: a replay that starts mid-segment passes over thousands of lines).
     */
    private static long globalIndex(byte[] bytes, int offset, int length) {
        int i = 0;
        while (i < FIRST_FIELD.length && i < length && bytes[offset + i] == FIRST_FIELD[i]) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i == FIRST_FIELD.length + digits
                && i < length
                && digits < 18
                && bytes[offset + i] >= '0'
                && bytes[offset + i] <= '9') {
            value = value * 10 + (bytes[offset + i] - '0');
            digits++;
            i++;
        }
        if (digits == 0 || i >= length || (bytes[offset + i] != ',' && bytes[offset + i] != '}')) {
            throw new UncheckedIOException(
                    "unreadable segment: a line does not start with its global index", new IOException());
        }
        return value;
    }

    private static ArchivedEvent line(byte[] bytes, int offset, int length) {
        return line(bytes, offset, length, null);
    }

    /** The line's event; null when it records a feed time after {@code fedBy} (null: never). */
    private static ArchivedEvent line(byte[] bytes, int offset, int length, Instant fedBy) {
        Line line = new Line();
        try (JsonParser parser = JSON.getFactory().createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a line is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                line.read(field, parser, bytes, offset);
                if (fedBy != null
                        && line.feedTime != null
                        && Instant.parse(line.feedTime).isAfter(fedBy)) {
                    return null;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("unreadable segment: " + ex.getMessage(), ex);
        }
        return line.event();
    }

    /** The columns of one line as they are read. */
    private static final class Line {
        private long globalIndex;
        private String eventIdentifier;
        private String aggregateIdentifier;
        private String aggregateType;
        private long sequenceNumber;
        private String payloadType;
        private String payloadRevision;
        private String timeStamp;
        private byte[] payload;
        private byte[] metaData;
        private String feedTime;

        void read(String field, JsonParser parser, byte[] bytes, int offset) throws IOException {
            switch (field) {
                case "global_index" -> globalIndex = parser.getLongValue();
                case "event_identifier" -> eventIdentifier = text(parser);
                case "aggregate_identifier" -> aggregateIdentifier = text(parser);
                case "aggregate_type" -> aggregateType = text(parser);
                case "sequence_number" -> sequenceNumber = parser.getLongValue();
                case "payload_type" -> payloadType = text(parser);
                case "payload_revision" -> payloadRevision = text(parser);
                case "time_stamp" -> timeStamp = text(parser);
                case "feed_time" -> feedTime = text(parser);
                case "payload" -> payload = verbatim(parser, bytes, offset);
                case "payload_base64" -> payload = Base64.getDecoder().decode(parser.getText());
                case "meta_data" -> metaData = verbatim(parser, bytes, offset);
                case "meta_data_base64" -> metaData = Base64.getDecoder().decode(parser.getText());
                default -> parser.skipChildren();
            }
        }

        ArchivedEvent event() {
            return new ArchivedEvent(
                    globalIndex,
                    eventIdentifier,
                    aggregateIdentifier,
                    aggregateType,
                    sequenceNumber,
                    payloadType,
                    payloadRevision,
                    timeStamp,
                    payload,
                    metaData,
                    feedTime);
        }

        private static String text(JsonParser parser) throws IOException {
            return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
        }

        /** The value's own bytes in the line (the parser's offsets count from the start of the line). */
        private static byte[] verbatim(JsonParser parser, byte[] bytes, int offset) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            long from = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            long to = parser.currentLocation().getByteOffset();
            return Arrays.copyOfRange(bytes, offset + (int) from, offset + (int) to);
        }
    }

    private static void writeJson(JsonGenerator g, String field, byte[] stored) throws IOException {
        if (stored == null) {
            g.writeNullField(field);
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(stored);
            if (parsed != null && Arrays.equals(JSON.writeValueAsBytes(parsed), stored)) {
                g.writeFieldName(field);
                g.writeTree(parsed);
                return;
            }
        } catch (IOException notJson) {
            // fall through: kept verbatim as base64
        }
        g.writeStringField(field + "_base64", Base64.getEncoder().encodeToString(stored));
    }
}
