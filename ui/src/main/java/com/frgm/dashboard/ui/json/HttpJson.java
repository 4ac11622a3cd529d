package com.frgm.dashboard.ui.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The JSON of the HTTP answers ({@link PricesAsText}), for a stream that writes a view once and
 * sends the same text to many clients: the text is what the WebFlux encoder would have written.
 */
public final class HttpJson {

    private final ObjectMapper mapper;

    private HttpJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The application's JSON with the prices of the ladder, orders and replay views as text. */
    public static HttpJson withPricesAsText(ObjectMapper base) {
        return new HttpJson(PricesAsText.mapper(base));
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
