package com.frgm.dashboard.eventstore.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SegmentCodec() {
    }

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
        decode(new java.io.ByteArrayInputStream(segment), events::add);
        return events;
    }

    /** Streams the events of a gzip segment to {@code sink}, in order. */
    public static void decode(InputStream segment, Consumer<ArchivedEvent> sink) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(segment, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isEmpty()) {
                    sink.accept(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("unreadable segment: " + ex.getMessage(), ex);
        }
    }

    private static ArchivedEvent parse(JsonNode n) throws IOException {
        return new ArchivedEvent(n.get("global_index").asLong(), text(n, "event_identifier"),
                text(n, "aggregate_identifier"), text(n, "aggregate_type"), n.get("sequence_number").asLong(),
                text(n, "payload_type"), text(n, "payload_revision"), text(n, "time_stamp"),
                readJson(n, "payload"), readJson(n, "meta_data"));
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

    private static byte[] readJson(JsonNode n, String field) throws IOException {
        JsonNode base64 = n.get(field + "_base64");
        if (base64 != null) {
            return Base64.getDecoder().decode(base64.asText());
        }
        JsonNode json = n.get(field);
        return json == null || json.isNull() ? null : JSON.writeValueAsBytes(json);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
