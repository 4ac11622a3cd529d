package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shorthands for snapshot parser tests: parse literal JSON, expect orders or problems. */
final class OrdersFixture {

    /** A valid order's fields, to be completed or spoiled by a test. */
    static final String BASE = "\"order_id\":\"1\",\"account\":\"FRGM01\",\"instrument\":\"ZNH24\",\"side\":\"BUY\","
            + "\"price\":112.5,\"qty\":10";

    private OrdersFixture() {}

    static ParsedFile<WorkingOrder> parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedFile<WorkingOrder> parse(byte[] bytes) {
        return new WorkingOrderJsonParser().parse(new ByteArrayInputStream(bytes));
    }

    static WorkingOrder onlyOrder(String json) {
        ParsedFile<WorkingOrder> parsed = parse(json);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        return parsed.rows().get(0);
    }

    static List<FileProblem> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<FileProblem> problems(byte[] bytes) {
        ParsedFile<WorkingOrder> parsed = parse(bytes);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        return parsed.problems();
    }

    /** The one problem of an array holding one order with these fields. */
    static FileProblem onlyProblemOfOrder(String fields) {
        List<FileProblem> problems = problems("[{" + fields + "}]");
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
