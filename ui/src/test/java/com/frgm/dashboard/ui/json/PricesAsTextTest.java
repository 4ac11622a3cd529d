package com.frgm.dashboard.ui.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.OrderLevel;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.replay.QuoteChange;
import com.frgm.dashboard.api.risk.BookPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class PricesAsTextTest {

    private static final ObjectMapper BASE = Jackson2ObjectMapperBuilder.json().build();
    private final ObjectMapper json = PricesAsText.mapper(BASE);

    @Test
    void writesTheLaddersPricesAsTheirExactText() throws Exception {
        LadderView ladder = new LadderView(
                "ZNH24",
                Instant.parse("2024-01-15T10:39:38Z"),
                new BigDecimal("112.50"),
                250L,
                new BigDecimal("110.015625"),
                310L,
                null,
                10486L,
                new BigDecimal("0.015625"),
                List.of(new LadderLevel(new BigDecimal("12345678901234567890.123456789"), 5L, null)),
                42);

        String text = json.writeValueAsString(ladder);

        assertThat(text)
                .contains(
                        "\"bestBid\":\"112.50\"",
                        "\"bestAsk\":\"110.015625\"",
                        "\"lastPrice\":null",
                        "\"tickSize\":\"0.015625\"",
                        "\"price\":\"12345678901234567890.123456789\"",
                        "\"bestBidSize\":250",
                        "\"volume\":10486",
                        "\"bidSize\":5",
                        "\"eventSequence\":42");
        // Read back by the application's own JSON, the decimals are the same.
        assertThat(BASE.readValue(text, LadderView.class)).isEqualTo(ladder);
    }

    @Test
    void writesOrderAndQuoteChangePricesAsText() throws Exception {
        WorkingOrder order = new WorkingOrder(
                "1", "FRGM01", "ZNH24", OrderSide.BUY, new BigDecimal("112.46875"), 10, 0, "WORKING", null);

        assertThat(json.writeValueAsString(order)).contains("\"price\":\"112.46875\"", "\"qty\":10");
        assertThat(json.writeValueAsString(new OrderLevel(new BigDecimal("1E+2"), 3, 0)))
                .contains("\"price\":\"100\"", "\"workingBuyQty\":3");
        assertThat(json.writeValueAsString(new QuoteChange("ZNH24", new BigDecimal("0.30"), 1L, 2L, null, null)))
                .contains("\"price\":\"0.30\"", "\"bidSizeA\":1");
    }

    @Test
    void leavesEveryOtherNumberANumber() throws Exception {
        BookPosition position = new BookPosition(
                "RISK01", "ZNH24", "ZNH24", 10, -3, 7, new BigDecimal("111.5"), new BigDecimal("112.25"));

        assertThat(json.writeValueAsString(position)).contains("\"avgPrice\":111.5", "\"lastPrice\":112.25");
        assertThat(BASE.writeValueAsString(new OrderLevel(new BigDecimal("1.5"), 1, 0)))
                .contains("\"price\":1.5");
    }
}
