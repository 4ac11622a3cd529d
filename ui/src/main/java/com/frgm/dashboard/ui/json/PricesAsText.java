package com.frgm.dashboard.ui.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.OrderLevel;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.replay.QuoteChange;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonEncoder;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The prices of the ladder, the orders and the replay's quote changes leave the server as JSON
 * strings of their exact decimal text ({@code "price":"112.50"}), so the page reads them with a
 * plain {@code JSON.parse} and never holds a price as a binary number (docs/adr/0028). Only the
 * HTTP answers change: Redis keeps its own JSON ({@code RedisJson}) and the events their own
 * serializer; every other number, and every price of other views, stays a JSON number.
 */
@Configuration(proxyBeanMethods = false)
class PricesAsText implements WebFluxConfigurer {

    private final HttpJson json;

    PricesAsText(ObjectProvider<ObjectMapper> springJson) {
        this.json = HttpJson.withPricesAsText(springJson.getIfAvailable(
                () -> Jackson2ObjectMapperBuilder.json().build()));
    }

    /** The same JSON as the encoder's, for streams that write a view once for all their clients. */
    @Bean
    HttpJson httpJson() {
        return json;
    }

    /** Runs after Spring Boot's own codec set-up (order 0), so this encoder is the one used. */
    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer codecs) {
        codecs.defaultCodecs().jackson2JsonEncoder(new Jackson2JsonEncoder(json.mapper()));
    }

    /** The application's JSON with the prices of the views the ladder and replay pages read as text. */
    static ObjectMapper mapper(ObjectMapper base) {
        return base.copy()
                .addMixIn(LadderView.class, LadderViewPrices.class)
                .addMixIn(LadderLevel.class, Price.class)
                .addMixIn(OrderLevel.class, Price.class)
                .addMixIn(WorkingOrder.class, Price.class)
                .addMixIn(QuoteChange.class, Price.class);
    }

    /** A decimal as its plain text, scale kept: 112.50 stays "112.50", 1E+2 becomes "100". */
    static final class DecimalText extends StdSerializer<BigDecimal> {

        DecimalText() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toPlainString());
        }
    }

    private interface Price {
        @JsonSerialize(using = DecimalText.class)
        BigDecimal price();
    }

    private interface LadderViewPrices {
        @JsonSerialize(using = DecimalText.class)
        BigDecimal bestBid();

        @JsonSerialize(using = DecimalText.class)
        BigDecimal bestAsk();

        @JsonSerialize(using = DecimalText.class)
        BigDecimal lastPrice();

        @JsonSerialize(using = DecimalText.class)
        BigDecimal tickSize();
    }
}
