package com.frgm.dashboard.eventstore.jdbc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one JSON form of everything Axon persists: events, snapshots, tokens and metadata.
 * Decimals are written exactly as the feed sent them and times as ISO-8601 text, so that a
 * stored event reads the same to a person, to {@code jq} and to every later revision.
 */
public final class EventSerialization {

    private EventSerialization() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A newer writer may add fields; older readers (and upcasters) must not choke.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static JacksonSerializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }
}
