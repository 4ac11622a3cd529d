package com.frgm.dashboard.ingest.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.testsupport.ByteMutations;
import com.frgm.dashboard.ingest.testsupport.ByteMutations.Mutation;
import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever bytes arrive, the snapshot parser answers: orders, or a rejection naming at least one
 * problem and carrying no orders. Mutations (truncations above all) of a real snapshot reach
 * past the syntax into the field rules.
 */
class WorkingOrderFuzzTest {

    private static final int MAX_PROBLEMS = 20;
    private static final int CASES = 1000;
    private static final byte[] SAMPLE = sample("orders_snapshot_1705315178.json");

    private final WorkingOrderJsonParser parser = new WorkingOrderJsonParser(MAX_PROBLEMS);

    @TestFactory
    Stream<DynamicTest> randomBytesNeverBreakTheParser() {
        return PropertyCases.cases(
                0x4A4E_4F49_0000_0000L,
                CASES / 2,
                random -> check(parse(ByteMutations.noise(random, ByteMutations.JSON_BYTES))));
    }

    @TestFactory
    Stream<DynamicTest> mutatedSnapshotsNeverBreakTheParser() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Stream<DynamicTest> cases = PropertyCases.cases(0x4A4D_5554_0000_0000L, CASES, random -> {
            ParsedFile<WorkingOrder> parsed =
                    parse(Mutation.applyAll(SAMPLE, ByteMutations.mutations(random, ByteMutations.JSON_BYTES)));
            (parsed.accepted() ? accepted : rejected).incrementAndGet();
            check(parsed);
        });
        if (PropertyCases.replaying()) {
            return cases;
        }
        return Stream.concat(cases, Stream.of(DynamicTest.dynamicTest("mutations both pass and fail the checks", () -> {
            String tally = accepted.get() + " accepted, " + rejected.get() + " rejected";
            assertThat(accepted.get()).as(tally).isGreaterThanOrEqualTo(CASES / 20);
            assertThat(rejected.get()).as(tally).isGreaterThanOrEqualTo(CASES / 20);
        })));
    }

    private ParsedFile<WorkingOrder> parse(byte[] bytes) {
        return parser.parse(new ByteArrayInputStream(bytes));
    }

    private static void check(ParsedFile<WorkingOrder> parsed) {
        if (parsed.accepted()) {
            assertThat(parsed.problems()).isEmpty();
            parsed.rows().forEach(WorkingOrderFuzzTest::checkValid);
            assertThat(parsed.rows()).extracting(WorkingOrder::orderId).doesNotHaveDuplicates();
            return;
        }
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_PROBLEMS + 1);
        for (FileProblem problem : parsed.problems()) {
            assertThat(problem.reason()).isNotBlank();
            assertThat(problem.line() == null || problem.line() >= 1)
                    .as(problem.describe())
                    .isTrue();
        }
    }

    /** An accepted order obeys docs/feeds.md 5, whatever the input looked like. */
    private static void checkValid(WorkingOrder order) {
        assertThat(order.orderId()).isNotBlank();
        assertThat(order.account()).matches("[A-Za-z0-9 ._:/-]{1,64}");
        assertThat(order.instrument()).matches("[A-Za-z0-9 ._:/-]{1,64}");
        assertThat(order.qty()).isPositive();
        assertThat(order.filledQty()).isBetween(0L, order.qty());
    }

    private static byte[] sample(String name) {
        try (InputStream in = WorkingOrderFuzzTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
