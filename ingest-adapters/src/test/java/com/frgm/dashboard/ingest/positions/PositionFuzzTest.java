package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
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
 * Whatever bytes arrive, the position parsers answer: rows, or a rejection naming at least one
 * problem and carrying no rows. Accepted rows obey docs/feeds.md 4 whatever the input looked like.
 */
class PositionFuzzTest {

    private static final int MAX_PROBLEMS = 20;
    private static final int CASES = 1000;
    private static final byte[] EOD = sample("actant_eod_20240115.csv");
    private static final byte[] SOD = sample("actant_sod_20240115.csv");

    private final PositionCsvParser<EndOfDayPosition> eod =
            new PositionCsvParser<>(PositionFile.END_OF_DAY, MAX_PROBLEMS);
    private final PositionCsvParser<StartOfDayPosition> sod =
            new PositionCsvParser<>(PositionFile.START_OF_DAY, MAX_PROBLEMS);

    @TestFactory
    Stream<DynamicTest> randomBytesNeverBreakEitherParser() {
        return PropertyCases.cases(0x504E_4F49_0000_0000L, CASES / 2, random -> {
            byte[] noise = ByteMutations.noise(random, ByteMutations.CSV_BYTES);
            checkEod(eod.parse(new ByteArrayInputStream(noise)));
            checkSod(sod.parse(new ByteArrayInputStream(noise)));
        });
    }

    @TestFactory
    Stream<DynamicTest> mutatedSamplesNeverBreakEitherParser() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Stream<DynamicTest> cases = PropertyCases.cases(0x504D_5554_0000_0000L, CASES, random -> {
            boolean endOfDay = random.nextBoolean();
            byte[] bytes =
                    Mutation.applyAll(endOfDay ? EOD : SOD, ByteMutations.mutations(random, ByteMutations.CSV_BYTES));
            ParsedFile<?> parsed = endOfDay
                    ? checkEod(eod.parse(new ByteArrayInputStream(bytes)))
                    : checkSod(sod.parse(new ByteArrayInputStream(bytes)));
            (parsed.accepted() ? accepted : rejected).incrementAndGet();
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

    private static ParsedFile<EndOfDayPosition> checkEod(ParsedFile<EndOfDayPosition> parsed) {
        checkOutcome(parsed);
        parsed.rows().forEach(row -> {
            checkIds(row.account(), row.instrument());
            assertThat(row.settlePrice()).isNotNull();
        });
        assertThat(parsed.rows())
                .extracting(r -> r.account() + "\u0000" + r.instrument())
                .doesNotHaveDuplicates();
        return parsed;
    }

    private static ParsedFile<StartOfDayPosition> checkSod(ParsedFile<StartOfDayPosition> parsed) {
        checkOutcome(parsed);
        parsed.rows().forEach(row -> checkIds(row.account(), row.instrument()));
        assertThat(parsed.rows())
                .extracting(r -> r.account() + "\u0000" + r.instrument())
                .doesNotHaveDuplicates();
        return parsed;
    }

    private static void checkIds(String account, String instrument) {
        assertThat(account).matches("[A-Za-z0-9._:/-]([A-Za-z0-9 ._:/-]{0,62}[A-Za-z0-9._:/-])?");
        assertThat(instrument).matches("[A-Za-z0-9._:/-]([A-Za-z0-9 ._:/-]{0,62}[A-Za-z0-9._:/-])?");
    }

    private static void checkOutcome(ParsedFile<?> parsed) {
        if (parsed.accepted()) {
            assertThat(parsed.problems()).isEmpty();
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

    private static byte[] sample(String name) {
        try (InputStream in = PositionFuzzTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
