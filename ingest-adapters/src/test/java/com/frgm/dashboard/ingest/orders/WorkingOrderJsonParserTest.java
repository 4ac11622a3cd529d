package com.frgm.dashboard.ingest.orders;

import static com.frgm.dashboard.ingest.orders.OrdersFixture.BASE;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.onlyOrder;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.onlyProblemOfOrder;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.parse;
import static com.frgm.dashboard.ingest.orders.OrdersFixture.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.FileProblem;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The document's shape and the order-level rules of docs/feeds.md 5; field rules are in OrderFieldRulesTest. */
class WorkingOrderJsonParserTest {

    @Test
    void readsEveryFieldOfAnOrder() {
        WorkingOrder order = onlyOrder("[{" + BASE + ",\"filled_qty\":3,\"status\":\"WORKING\","
                + "\"updated_at\":\"2024-01-15T10:40:00Z\"}]");

        assertThat(order)
                .isEqualTo(new WorkingOrder(
                        "1",
                        "FRGM01",
                        "ZNH24",
                        OrderSide.BUY,
                        new BigDecimal("112.5"),
                        10,
                        3,
                        "WORKING",
                        Instant.parse("2024-01-15T10:40:00Z")));
    }

    @Test
    void defaultsTheOptionalFields() {
        WorkingOrder order = onlyOrder("[{" + BASE + "}]");

        assertThat(order.filledQty()).isZero();
        assertThat(order.status()).isNull();
        assertThat(order.updatedAt()).isNull();
    }

    @Test
    void acceptsAnEmptyArrayAsNothingWorking() {
        assertThat(parse("[]").accepted()).isTrue();
        assertThat(parse(" [ ] \n").rows()).isEmpty();
        assertThat(parse("{\"orders\":[]}").accepted()).isTrue();
    }

    @Test
    void acceptsAnObjectWithAnOrdersArrayAndIgnoresItsOtherFields() {
        assertThat(parse("{\"as_of\":{\"t\":[1,2]},\"orders\":[{" + BASE + "}],\"count\":1}")
                        .rows())
                .hasSize(1);
    }

    @Test
    void ignoresUnknownFieldsWhateverTheyHold() {
        assertThat(onlyOrder("[{\"tags\":{\"a\":[1,{\"b\":null}]}," + BASE + ",\"Side\":7,\"venue\":\"CME\"}]")
                        .side())
                .isEqualTo(OrderSide.BUY);
    }

    @Test
    void toleratesAByteOrderMarkAndCrlfLineEndings() {
        assertThat(parse("\uFEFF[\r\n{" + BASE + "}\r\n]\r\n").rows()).hasSize(1);
    }

    @Test
    void rejectsUtf16() {
        assertThat(problems("\uFEFF[]".getBytes(java.nio.charset.StandardCharsets.UTF_16BE)))
                .containsExactly(new FileProblem(1, null, null, "not UTF-8: the file looks like UTF-16 or UTF-32"));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(problems("  \n"))
                .containsExactly(new FileProblem(1, null, null, "file is empty: a JSON array of orders is required"));
    }

    @Test
    void rejectsATopLevelThatIsNeitherArrayNorObject() {
        assertThat(problems("\"orders\""))
                .extracting(FileProblem::reason)
                .containsExactly("expected an array of orders or an object with an `orders` array, found a string");
    }

    @Test
    void rejectsAnObjectWithoutAnOrdersArray() {
        assertThat(problems("{\"Orders\":[]}"))
                .extracting(FileProblem::reason)
                .containsExactly("the object has no `orders` array");
        assertThat(problems("{\"orders\":{}}"))
                .extracting(FileProblem::reason)
                .containsExactly("`orders` must be an array of orders, found an object");
        assertThat(problems("{\"orders\":[],\"orders\":[]}"))
                .extracting(FileProblem::reason)
                .containsExactly("field `orders` appears more than once");
    }

    @Test
    void rejectsAnArrayElementThatIsNotAnOrder() {
        assertThat(problems("[{" + BASE + "},\n42,\n[]]"))
                .containsExactly(
                        new FileProblem(2, "orders[1]", "42", "expected an order object, found a number"),
                        new FileProblem(3, "orders[2]", null, "expected an order object, found an array"));
    }

    @Test
    void rejectsUnterminatedJsonWithItsLineAndColumn() {
        assertThat(problems("[{" + BASE + "},\n")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason())
                    .startsWith("not valid JSON at column 1: Unexpected end-of-input")
                    .doesNotContain("Source");
        });
    }

    @Test
    void rejectsTrailingGarbage() {
        assertThat(problems("[]\nx")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("not valid JSON at column 1: Unrecognized token 'x'");
        });
        assertThat(problems("[] []"))
                .containsExactly(
                        new FileProblem(1, null, null, "unexpected content after the end of the JSON document"));
    }

    @Test
    void rejectsASecondOrderWithTheSameIdNamingTheFirstLine() {
        String other = BASE.replace("\"order_id\":\"1\"", "\"order_id\":1");
        assertThat(problems("[{" + BASE + "},\n{" + other + "}]"))
                .containsExactly(
                        new FileProblem(2, "orders[1].order_id", "1", "order_id 1 already appeared on line 1"));
    }

    @Test
    void rejectsAFieldGivenTwice() {
        assertThat(onlyProblemOfOrder(BASE + ",\"qty\":11"))
                .isEqualTo(new FileProblem(1, "orders[0].qty", "11", "field `qty` appears more than once"));
    }

    @Test
    void reportsEveryProblemOfEveryOrderAndKeepsNoOrders() {
        assertThat(problems("{\"orders\":[\n{\"order_id\":\"1\"},\n{" + BASE.replace("BUY", "HOLD") + "}]}"))
                .extracting(FileProblem::describe)
                .containsExactly(
                        "line 2, column orders[0].account: required field `account` is missing",
                        "line 2, column orders[0].instrument: required field `instrument` is missing",
                        "line 2, column orders[0].side: required field `side` is missing",
                        "line 2, column orders[0].price: required field `price` is missing",
                        "line 2, column orders[0].qty: required field `qty` is missing",
                        "line 3, column orders[1].side: `HOLD` is not BUY or SELL",
                        "line 3, column orders[1].order_id: order_id 1 already appeared on line 2");
    }

    @Test
    void stopsAtTheProblemLimit() {
        String orders = ("{" + BASE.replace("BUY", "X") + "},").repeat(10);
        var parsed = new WorkingOrderJsonParser(3)
                .parse(new java.io.ByteArrayInputStream(
                        ("[" + orders + "{}]").getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(parsed.problems())
                .hasSize(4)
                .last()
                .isEqualTo(FileProblem.ofFile("too many problems, stopped after 3"));
    }
}
