package com.frgm.dashboard.eventstore.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What the archive knows about one segment, stored as its own small JSON object beside it
 * ({@code manifest/<first index>.json}): written after the segment, read before it, so a reader
 * never trusts a segment that no manifest entry vouches for.
 *
 * <p>{@code minFeedTime} is the earliest feed time of the segment's events (ADR 0022): a replay
 * on the feed's clock to an instant before it has nothing to apply there and does not read the
 * segment. Null when one of its events' feed times is not known (segments written before it was
 * kept): such a segment is always read.
 */
public record ManifestEntry(
        @JsonProperty("segment") String segment,
        @JsonProperty("after_global_index") long afterGlobalIndex,
        @JsonProperty("first_global_index") long firstGlobalIndex,
        @JsonProperty("last_global_index") long lastGlobalIndex,
        @JsonProperty("first_timestamp") Instant firstTimestamp,
        @JsonProperty("last_timestamp") Instant lastTimestamp,
        @JsonProperty("event_count") int eventCount,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("sha256") String sha256,

        @JsonProperty("min_feed_time") @JsonInclude(JsonInclude.Include.NON_NULL)
        Instant minFeedTime) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /**
     * The entry for {@code events} (non-empty, in global order) encoded as {@code object}, which
     * follow the archive cursor {@code after}. The chain of {@code after} values lets a reader
     * tell a lost segment from a rolled-back gap in the global index.
     */
    public static ManifestEntry of(long after, List<ArchivedEvent> events, byte[] object) {
        return of(ArchiveLayout.segmentKey(events.get(0).globalIndex()), after, events, object);
    }

    /** The same, for a segment stored under {@code segment} (a compacted one). */
    public static ManifestEntry of(String segment, long after, List<ArchivedEvent> events, byte[] object) {
        ArchivedEvent first = events.get(0);
        ArchivedEvent last = events.get(events.size() - 1);
        return new ManifestEntry(
                segment,
                after,
                first.globalIndex(),
                last.globalIndex(),
                first.timestamp(),
                last.timestamp(),
                events.size(),
                object.length,
                sha256(object),
                minFeedTime(events));
    }

    /** Whether every event of the segment is known to be stamped by the feed after {@code at} (null: never). */
    public boolean allFedAfter(Instant at) {
        return at != null && minFeedTime != null && minFeedTime.isAfter(at);
    }

    private static Instant minFeedTime(List<ArchivedEvent> events) {
        Instant min = null;
        for (ArchivedEvent event : events) {
            if (event.feedTime() == null) {
                return null;
            }
            min = min == null || event.feedTime().isBefore(min) ? event.feedTime() : min;
        }
        return min;
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ManifestEntry fromJson(byte[] json) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            ManifestEntry entry = read(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IOException("text after the entry");
            }
            return entry;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("unreadable manifest entry: " + e.getMessage(), asIo(e));
        }
    }

    /**
     * One entry from {@code parser}, whose current token is the entry's start; read with the
     * streaming parser, not by data binding: a replay command reads hundreds of entries in a JVM
     * that has just started, where building Jackson's deserializer cost more than all of them.
     * Fields it does not know are passed over, so a newer writer's entries still read.
     */
    static ManifestEntry read(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("a manifest entry is not a JSON object");
        }
        String segment = null;
        String sha256 = null;
        Instant firstTimestamp = null;
        Instant lastTimestamp = null;
        Instant minFeedTime = null;
        long[] numbers = {-1, -1, -1, -1, -1};
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "segment" -> segment = parser.getValueAsString();
                case "sha256" -> sha256 = parser.getValueAsString();
                case "first_timestamp" -> firstTimestamp = instant(parser, value);
                case "last_timestamp" -> lastTimestamp = instant(parser, value);
                case "min_feed_time" -> minFeedTime = instant(parser, value);
                case "after_global_index" -> numbers[0] = number(parser, value, field);
                case "first_global_index" -> numbers[1] = number(parser, value, field);
                case "last_global_index" -> numbers[2] = number(parser, value, field);
                case "event_count" -> numbers[3] = number(parser, value, field);
                case "bytes" -> numbers[4] = number(parser, value, field);
                default -> parser.skipChildren();
            }
        }
        if (segment == null
                || sha256 == null
                || firstTimestamp == null
                || lastTimestamp == null
                || Arrays.stream(numbers).anyMatch(n -> n < 0)) {
            throw new IOException("a manifest entry lacks a field");
        }
        return new ManifestEntry(
                segment,
                numbers[0],
                numbers[1],
                numbers[2],
                firstTimestamp,
                lastTimestamp,
                Math.toIntExact(numbers[3]),
                numbers[4],
                sha256,
                minFeedTime);
    }

    private static Instant instant(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : Instant.parse(parser.getText());
    }

    private static long number(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException(field + " is not a whole number");
        }
        return parser.getLongValue();
    }

    static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e);
    }

    /** Throws when {@code object} is not the segment this entry describes. */
    public void verify(byte[] object) {
        String actual = sha256(object);
        if (!actual.equals(sha256)) {
            throw new ArchiveCorruptException("segment " + segment + " is corrupt: SHA-256 " + actual
                    + " does not match the manifest's " + sha256);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
