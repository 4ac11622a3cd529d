package com.frgm.dashboard.query.redis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.frgm.dashboard.api.ladder.LadderView;

/** The JSON form of a ladder in Redis and on the live channel. */
final class LadderJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LadderJson() {
    }

    static String write(LadderView ladder) {
        try {
            return JSON.writeValueAsString(ladder);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ladder of plain values always serialises", e);
        }
    }

    static LadderView read(String json) {
        try {
            return JSON.readValue(json, LadderView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a ladder: " + e.getOriginalMessage(), e);
        }
    }
}
