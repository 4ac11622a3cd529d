package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared TT samples (copied from shared/samples) and the problems the malformed README names. */
class WorkingOrderSamplesTest {

    @Test
    void acceptsTheFirstSnapshot() throws IOException {
        ParsedFile<WorkingOrder> parsed = parseSample("orders_snapshot_1705315178.json");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(WorkingOrder::orderId)
                .startsWith("907000", "907001", "907002", "907003")
                .doesNotHaveDuplicates();
        assertThat(parsed.rows().get(0))
                .isEqualTo(new WorkingOrder(
                        "907000",
                        "FRGM01",
                        "ZNH24",
                        OrderSide.BUY,
                        new BigDecimal("112.4375"),
                        40,
                        0,
                        "WORKING",
                        Instant.parse("2024-01-15T10:39:38Z")));
    }

    @Test
    void acceptsTheSecondSnapshotWithAFill() throws IOException {
        ParsedFile<WorkingOrder> parsed = parseSample("orders_snapshot_1705315208.json");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(WorkingOrder::orderId).containsExactly("907000", "907002", "907003");
        assertThat(parsed.rows().get(0).filledQty()).isEqualTo(1);
        assertThat(parsed.rows().get(2).price()).isEqualTo(new BigDecimal("112.5625"));
    }

    @Test
    void rejectsTheOrderWithoutASide() throws IOException {
        assertThat(problemsOf("order-without-side.json"))
                .containsExactly(new FileProblem(1, "orders[0].side", null, "required field `side` is missing"));
    }

    @Test
    void rejectsTheUnterminatedSnapshot() throws IOException {
        assertThat(problemsOf("unterminated.json")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("not valid JSON").contains("Unexpected end-of-input");
        });
    }

    private static java.util.List<FileProblem> problemsOf(String malformed) throws IOException {
        ParsedFile<WorkingOrder> parsed = parseSample("malformed/" + malformed);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        return parsed.problems();
    }

    private static ParsedFile<WorkingOrder> parseSample(String path) throws IOException {
        try (InputStream in = WorkingOrderSamplesTest.class.getResourceAsStream("/samples/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new WorkingOrderJsonParser().parse(in);
        }
    }
}
