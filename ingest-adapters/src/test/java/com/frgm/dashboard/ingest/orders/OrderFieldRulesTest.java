package com.frgm.dashboard.ingest.orders;

import static com.frgm.dashboard.ingest.orders.OrdersFixture.BASE;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.onlyOrder;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.onlyProblemOfOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.ingest.file.FileProblem;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each field's rule from docs/feeds.md 5, and how strictly JSON types are taken (see OrderChecks). */
class OrderFieldRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"order_id", "account", "instrument", "side", "price", "qty"})
    void requiresEachRequiredField(String field) {
        String fields =
                BASE.replaceAll("\"" + field + "\":(\"[^\"]*\"|[0-9.]+),?", "").replaceAll(",$", "");

        assertThat(onlyProblemOfOrder(fields))
                .isEqualTo(new FileProblem(1, "orders[0]." + field, null, "required field `" + field + "` is missing"));
    }

    @Test
    void readsANullFieldAsAbsent() {
        assertThat(onlyOrder("[{" + BASE + ",\"status\":null,\"filled_qty\":null}]")
                        .filledQty())
                .isZero();
        assertThat(onlyProblemOfOrder(BASE.replace("\"BUY\"", "null")).reason())
                .isEqualTo("required field `side` is missing");
    }

    @Test
    void turnsAnIntegerOrderIdIntoItsText() {
        assertThat(onlyOrder("[{" + BASE.replace("\"order_id\":\"1\"", "\"order_id\":907000") + "}]")
                        .orderId())
                .isEqualTo("907000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"buy", "Buy", "BUY"})
    void takesTheSideInAnyCase(String side) {
        assertThat(onlyOrder("[{" + BASE.replace("\"BUY\"", "\"" + side + "\"") + "}]")
                        .side())
                .isEqualTo(OrderSide.BUY);
        assertThat(onlyOrder("[{" + BASE.replace("\"BUY\"", "\"sell\"") + "}]").side())
                .isEqualTo(OrderSide.SELL);
    }

    @Test
    void keepsThePriceExactlyAsWritten() {
        assertThat(onlyOrder("[{" + BASE.replace("112.5", "112.453125") + "}]").price())
                .isEqualTo(new BigDecimal("112.453125"));
        assertThat(onlyOrder("[{" + BASE.replace("112.5", "-1.5e-3") + "}]").price())
                .isEqualByComparingTo("-0.0015");
    }

    @Test
    void readsUpdatedAtAsIsoWithOffsetOrEpochMillis() {
        assertThat(onlyOrder("[{" + BASE + ",\"updated_at\":\"2024-01-15T05:40:00-05:00\"}]")
                        .updatedAt())
                .isEqualTo(Instant.parse("2024-01-15T10:40:00Z"));
        assertThat(onlyOrder("[{" + BASE + ",\"updated_at\":1705315200123}]").updatedAt())
                .isEqualTo(Instant.ofEpochMilli(1705315200123L));
    }

    @Test
    void allowsFilledQtyUpToQty() {
        assertThat(onlyOrder("[{" + BASE + ",\"filled_qty\":10}]").openQty()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "\"order_id\":\"1\" | \"order_id\":1.5 | order_id | 1.5 | `1.5` is not an integer: order_id must be a string or an integer",
                "\"order_id\":\"1\" | \"order_id\":\"\" | order_id | '' | order id is empty",
                "\"order_id\":\"1\" | \"order_id\":{} | order_id | | must be a string, found an object",
                "\"FRGM01\" | \"FRGM 01 \" | account | 'FRGM 01 ' | `FRGM 01 ` starts or ends with a space",
                "\"FRGM01\" | 1 | account | 1 | must be a string, found a number",
                "\"ZNH24\" | \"ZN\\u00e924\" | instrument | ZN\u00e924 | `ZN\u00e924` may only contain letters, digits, space and ._:/-",
                "\"BUY\" | \"B\" | side | B | `B` is not BUY or SELL",
                "\"BUY\" | true | side | true | must be a string, found a boolean",
                "112.5 | \"112.5\" | price | 112.5 | must be a JSON number, found a string",
                "112.5 | 1e400 | price | 1e400 | `1e400` is out of range (exponent beyond ±99)",
                "\"qty\":10 | \"qty\":0 | qty | 0 | qty must be greater than 0",
                "\"qty\":10 | \"qty\":-3 | qty | -3 | `-3` is negative, must be >= 0",
                "\"qty\":10 | \"qty\":10.0 | qty | 10.0 | `10.0` is not an integer",
                "\"qty\":10 | \"qty\":\"10\" | qty | 10 | must be a JSON number, found a string",
                "\"qty\":10 | \"qty\":10,\"filled_qty\":11 | filled_qty | 11 | filled_qty 11 is more than qty 10",
                "\"qty\":10 | \"qty\":10,\"filled_qty\":-1 | filled_qty | -1 | `-1` is negative, must be >= 0",
                "\"qty\":10 | \"qty\":10,\"status\":[] | status | | must be a string, found an array",
                "\"qty\":10 | \"qty\":10,\"updated_at\":\"2024-01-15T10:40:00\" | updated_at | 2024-01-15T10:40:00 | `2024-01-15T10:40:00` is not an ISO-8601 timestamp with offset or epoch milliseconds",
                "\"qty\":10 | \"qty\":10,\"updated_at\":1.5 | updated_at | 1.5 | must be an ISO-8601 string or epoch milliseconds, found a number",
            })
    void rejectsAFieldThatBreaksItsRule(String from, String to, String field, String value, String reason) {
        assertThat(onlyProblemOfOrder(BASE.replace(from, to)))
                .isEqualTo(new FileProblem(1, "orders[0]." + field, value, reason));
    }
}
