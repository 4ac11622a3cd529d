package com.frgm.dashboard.eventstore.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One business day's compacted segments ({@code index/<day>.json}): their manifest entries, in
 * global order, chained like the loose ones. A reader takes a day's index in one GET instead of
 * thousands of manifest objects; a compaction replaces the object whole, which is the atomic
 * switch from the small segments to the compacted ones (docs/adr/0022).
 */
public record ArchiveIndex(
        @JsonProperty("day") LocalDate day,
        @JsonProperty("entries") List<ManifestEntry> entries) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public ArchiveIndex {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an index of " + day + " without entries");
        }
    }

    public long afterGlobalIndex() {
        return entries.get(0).afterGlobalIndex();
    }

    public long lastGlobalIndex() {
        return entries.get(entries.size() - 1).lastGlobalIndex();
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read with the streaming parser, as {@link ManifestEntry#fromJson} is, and for the same reason. */
    public static ArchiveIndex fromJson(byte[] json) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an archive index is not a JSON object");
            }
            LocalDate day = null;
            List<ManifestEntry> entries = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("day")) {
                    day = LocalDate.parse(parser.getText());
                } else if (field.equals("entries")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new IOException("entries is not an array");
                    }
                    entries = new ArrayList<>();
                    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                        entries.add(ManifestEntry.read(parser, next));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (day == null || entries == null) {
                throw new IOException("an archive index lacks its day or its entries");
            }
            return new ArchiveIndex(day, entries);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("unreadable archive index: " + e.getMessage(), ManifestEntry.asIo(e));
        }
    }
}
