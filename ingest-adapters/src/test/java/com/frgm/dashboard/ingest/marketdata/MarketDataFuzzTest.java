package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.testsupport.ByteMutations;
import com.frgm.dashboard.ingest.testsupport.ByteMutations.Mutation;
import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever bytes arrive, the parser answers: rows, or a rejection naming at least one problem.
 * Mutations of a real sample reach deeper than pure noise, past the header into row checks.
 */
class MarketDataFuzzTest {

    private static final long NOISE_SEED = 0x4E4F_4953_0000_0000L;
    private static final long MUTATION_SEED = 0x4D55_5441_0000_0000L;
    private static final int NOISE_CASES = 1000;
    private static final int MUTATION_CASES = 2000;
    private static final int MAX_PROBLEMS = 20;
    private static final byte[] SAMPLE = sample();

    private final MarketDataCsvParser parser = new MarketDataCsvParser(MAX_PROBLEMS);

    @TestFactory
    Stream<DynamicTest> randomBytesNeverBreakTheParser() {
        return PropertyCases.cases(
                NOISE_SEED,
                NOISE_CASES,
                random -> checkOutcome(parse(ByteMutations.noise(random, ByteMutations.CSV_BYTES))));
    }

    @TestFactory
    Stream<DynamicTest> mutatedSamplesNeverBreakTheParser() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Stream<DynamicTest> cases = PropertyCases.cases(MUTATION_SEED, MUTATION_CASES, random -> {
            ParsedFile<MarketQuote> parsed =
                    parse(Mutation.applyAll(SAMPLE, ByteMutations.mutations(random, ByteMutations.CSV_BYTES)));
            (parsed.accepted() ? accepted : rejected).incrementAndGet();
            checkOutcome(parsed);
        });
        if (PropertyCases.replaying()) {
            return cases;
        }
        // Runs after the cases: a generator that stopped reaching either outcome would test little.
        return Stream.concat(cases, Stream.of(DynamicTest.dynamicTest("mutations both pass and fail the checks", () -> {
            String tally = accepted.get() + " accepted, " + rejected.get() + " rejected";
            assertThat(accepted.get()).as(tally).isGreaterThanOrEqualTo(MUTATION_CASES / 20);
            assertThat(rejected.get()).as(tally).isGreaterThanOrEqualTo(MUTATION_CASES / 20);
        })));
    }

    private ParsedFile<MarketQuote> parse(byte[] bytes) {
        return parser.parse(new ByteArrayInputStream(bytes), Instant.EPOCH, ProductSpec.NONE);
    }

    private static void checkOutcome(ParsedFile<MarketQuote> parsed) {
        if (parsed.accepted()) {
            assertThat(parsed.problems()).isEmpty();
            parsed.rows().forEach(MarketDataFuzzTest::checkValid);
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

    /** An accepted row obeys docs/feeds.md 3, whatever the input looked like. */
    private static void checkValid(MarketQuote quote) {
        assertThat(quote.instrument()).matches("[A-Za-z0-9 ._:/-]{1,64}");
        assertThat(quote.timestamp()).isNotNull();
        assertThat(quote.bid() != null || quote.ask() != null || quote.price() != null)
                .isTrue();
        if (quote.bid() != null && quote.ask() != null) {
            assertThat(quote.bid()).isLessThanOrEqualTo(quote.ask());
        }
        assertThat(quote.bidDepth()).extracting(PriceLevel::level).isSorted().allMatch(l -> l >= 2 && l <= 10);
        assertThat(quote.askDepth()).extracting(PriceLevel::level).isSorted().allMatch(l -> l >= 2 && l <= 10);
    }

    private static byte[] sample() {
        try (InputStream in = MarketDataFuzzTest.class.getResourceAsStream("/samples/GE_XCME.ZN_20240115_103938.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
