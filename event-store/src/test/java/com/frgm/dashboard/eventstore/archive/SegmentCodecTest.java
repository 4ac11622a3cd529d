package com.frgm.dashboard.eventstore.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SegmentCodecTest {

    @Test
    void roundTripsEveryColumnByteForByte() {
        List<ArchivedEvent> events = List.of(Events.event(1), Events.event(2), Events.event(5));
        assertThat(SegmentCodec.decode(SegmentCodec.encode(events))).containsExactlyElementsOf(events);
    }

    @Test
    void decodesOnlyTheEventsAfterAnIndexAndCountsEveryLine() {
        List<ArchivedEvent> events = List.of(Events.event(1), Events.event(2), Events.event(5), Events.event(6));
        List<ArchivedEvent> read = new ArrayList<>();

        SegmentCodec.Lines lines = SegmentCodec.decodeAfter(SegmentCodec.encode(events), 2, read::add);

        assertThat(read).containsExactly(events.get(2), events.get(3));
        assertThat(lines).isEqualTo(new SegmentCodec.Lines(4, 6));
    }

    @Test
    void refusesALineThatDoesNotStartWithItsGlobalIndex() throws Exception {
        for (String line : List.of(
                "{\"event_identifier\":\"e\",\"global_index\":3}", "{\"global_index\":\"3\"}", "{\"global_index\":}")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            assertThatThrownBy(() -> SegmentCodec.decodeAfter(bytes.toByteArray(), 0, e -> {}))
                    .as(line)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("does not start with its global index");
        }
    }

    @Test
    void writesOneReadableJsonLinePerEventWithPayloadAsJson() throws Exception {
        byte[] segment = SegmentCodec.encode(List.of(Events.event(7), Events.event(8)));
        String text = new String(
                new GZIPInputStream(new ByteArrayInputStream(segment)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.split("\n")).hasSize(2);
        assertThat(text)
                .startsWith("{\"global_index\":7,\"event_identifier\":\"event-7\"")
                .contains("\"payload\":{\"quote\":{\"instrument\":\"ZNH24\",\"bid\":112.484375,\"ask\":112.50");
    }

    @Test
    void keepsPayloadThatJsonWouldReformatAsBase64() {
        ArchivedEvent spaced = Events.event(3, "{ \"a\" : 1.0e2 }");
        ArchivedEvent notJson = Events.event(4, "not json at all");
        List<ArchivedEvent> decoded = SegmentCodec.decode(SegmentCodec.encode(List.of(spaced, notJson)));
        assertThat(decoded).containsExactly(spaced, notJson);
    }

    @Test
    void keepsNullMetadata() {
        ArchivedEvent e = Events.event(1);
        ArchivedEvent noMeta = new ArchivedEvent(
                1,
                e.eventIdentifier(),
                e.aggregateIdentifier(),
                null,
                0,
                e.payloadType(),
                "2",
                e.timeStamp(),
                e.payload(),
                null);
        assertThat(SegmentCodec.decode(SegmentCodec.encode(List.of(noMeta)))).containsExactly(noMeta);
    }

    /**
     * The line scanner finds a value's end by brackets outside strings: strings holding brackets,
     * quotes, backslashes and other scripts, in the payload and in the columns, come back byte
     * for byte, over random events.
     */
    @Test
    void roundTripsValuesWhoseTextLooksLikeStructure() {
        String[] pieces = {"{", "}", "[", "]", "\\\"", "\\\\", ",", ":", "é", "€", "日本", "\\u0041", "\\n", "x", " "};
        java.util.Random random = new java.util.Random(13);
        List<ArchivedEvent> events = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String payload = "{\"note\":\"" + text + "\",\"levels\":[[1,{\"q\":\"" + text + "\"}],[]],\"ok\":true}";
            ArchivedEvent plain = Events.event(n, payload);
            // An identifier with quotes and backslashes is written escaped: it must read back unescaped.
            String identifier = "id-" + text;
            events.add(new ArchivedEvent(
                    n,
                    identifier,
                    plain.aggregateIdentifier(),
                    plain.aggregateType(),
                    plain.sequenceNumber(),
                    plain.payloadType(),
                    n % 2 == 0 ? "2" : null,
                    plain.timeStamp(),
                    plain.payload(),
                    plain.metaData(),
                    n % 3 == 0 ? "2024-01-15T10:31:00.123456Z" : null));
        }
        assertThat(SegmentCodec.decode(SegmentCodec.encode(events))).containsExactlyElementsOf(events);
    }

    @Test
    void readsALineWithSpacesAndAColumnItDoesNotKnow() throws Exception {
        ArchivedEvent event = Events.event(4);
        String line = "{ \"global_index\" : 4 , \"event_identifier\":\"event-4\", \"later_column\": {\"a\":[1,\"}\"]},"
                + "\"aggregate_identifier\":\"feed-GE_XCME.ZN\",\"aggregate_type\":\"MarketDataFeed\",\"sequence_number\":3,"
                + "\"payload_type\":\"com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent\",\"payload_revision\":null,"
                + "\"time_stamp\":\"" + event.timeStamp() + "\",\"payload\":"
                + new String(event.payload(), StandardCharsets.UTF_8)
                + ",\"meta_data\":" + new String(event.metaData(), StandardCharsets.UTF_8) + " }";

        assertThat(SegmentCodec.decode(gzip(line))).containsExactly(event);
    }

    @Test
    void refusesALineThatIsNotAWholeObject() throws Exception {
        for (String line : List.of(
                "{\"global_index\":1,\"payload\":{\"a\":[1,2}",
                "{\"global_index\":1,\"event_identifier\":\"open",
                "{\"global_index\":1 \"event_identifier\":\"e\"}",
                "{\"global_index\" 1}",
                "{\"global_index\":1.5}",
                "{\"global_index\":1,\"event_identifier\":7}",
                "{\"global_index\":1}{}",
                "[1]")) {
            assertThatThrownBy(() -> SegmentCodec.decode(gzip(line)))
                    .as(line)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("unreadable segment: ");
        }
    }

    private static byte[] gzip(String line) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void rejectsTruncatedSegment() {
        byte[] segment = SegmentCodec.encode(List.of(Events.event(1), Events.event(2)));
        byte[] truncated = Arrays.copyOf(segment, segment.length / 2);
        assertThatThrownBy(() -> SegmentCodec.decode(truncated)).isInstanceOf(UncheckedIOException.class);
    }
}
