package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.RecordMarketSnapshotCommand;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.PlausibilityProperties;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A market-data file whose quote time or file-name time lies in the future is rejected, naming
 * the value: the feed aggregate ignores quotes older than the latest, so one 2099 quote would
 * freeze its instrument. "Now" is fixed at 10:40:00; the default window is 5 minutes.
 */
class MarketDataPlausibilityTest {

    private static final Instant NOW = Instant.parse("2024-01-15T10:40:00Z");
    private static final String KEY = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";
    private static final IngestProperties PROPERTIES =
            new IngestProperties(null, null, null, null, null, null, null, null);

    private final MarketDataFeedKind kind = new MarketDataFeedKind(PROPERTIES, FixedPlausibility.at(NOW));

    @Test
    void acceptsAQuoteUpToFiveMinutesAhead() {
        PreparedFile prepared = prepare(kind, KEY, quoteAt("2024-01-15T10:45:00Z"));

        assertThat(prepared.problems()).isEmpty();
        assertThat(((RecordMarketSnapshotCommand) prepared.command())
                        .quotes()
                        .get(0)
                        .timestamp())
                .isEqualTo(Instant.parse("2024-01-15T10:45:00Z"));
    }

    @Test
    void rejectsAQuoteJustBeyondTheWindowNamingLineColumnAndValue() {
        PreparedFile prepared = prepare(kind, KEY, quoteAt("2024-01-15T10:45:00.001Z"));

        assertThat(prepared.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("timestamp");
            assertThat(problem.value()).isEqualTo("2024-01-15T10:45:00.001Z");
            assertThat(problem.reason())
                    .startsWith("quote time 2024-01-15T10:45:00.001Z lies in the future, more than "
                            + "PT5M after the file arrived (ingested at 2024-01-15T10:40:00Z)");
        });
    }

    @Test
    void rejectsAQuoteFrom2099AsEpochMillisecondsToo() {
        assertThat(prepare(kind, KEY, quoteAt("2099-01-15T10:39:38Z")).problems())
                .extracting(FileProblem::reason)
                .singleElement()
                .asString()
                .startsWith("quote time 2099-01-15T10:39:38Z");
        assertThat(prepare(kind, KEY, quoteAt("4087276800000")).problems())
                .extracting(FileProblem::value)
                .containsExactly("4087276800000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"})
    void rejectsTimesBeyondEpochMillisecondsAsAProblemNotAnException(String timestamp) {
        assertThat(prepare(kind, KEY, quoteAt(timestamp)).problems())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.value()).isEqualTo(timestamp);
                    assertThat(problem.reason()).contains("is out of range");
                });
    }

    @Test
    void rejectsAFileNameTimeInTheFuture() {
        String key = "market-data/2024/01/15/GE_XCME.ZN_20240115_104501.csv";

        assertThat(prepare(kind, key, quoteAt("2024-01-15T10:39:38Z")).problems())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isNull();
                    assertThat(problem.value()).isEqualTo("GE_XCME.ZN_20240115_104501.csv");
                    assertThat(problem.reason()).startsWith("file time 2024-01-15T10:45:01Z lies in the future");
                });
    }

    @Test
    void rejectsAKeyWhoseFoldersNameAnotherDayThanItsName() {
        assertThat(prepare(
                                kind,
                                "market-data/2099/01/15/GE_XCME.ZN_20240115_103938.csv",
                                quoteAt("2024-01-15T10:39:38Z"))
                        .problems())
                .extracting(FileProblem::reason)
                .singleElement()
                .asString()
                .contains("is dated 2024-01-15 but lies in folder 2099/01/15");
        assertThat(prepare(kind, "market-data/GE_XCME.ZN_20240115_103938.csv", quoteAt("2024-01-15T10:39:38Z"))
                        .problems())
                .extracting(FileProblem::reason)
                .singleElement()
                .asString()
                .contains("does not match market-data/YYYY/MM/DD/");
    }

    @Test
    void theWindowIsConfigurable() {
        Plausibility hour = new Plausibility(
                new PlausibilityProperties(Duration.ofHours(1), null),
                ZoneOffset.UTC,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(prepare(new MarketDataFeedKind(PROPERTIES, hour), KEY, quoteAt("2024-01-15T11:30:00Z"))
                        .problems())
                .isEmpty();
    }

    private static PreparedFile prepare(MarketDataFeedKind kind, String key, String csv) {
        return kind.prepare(
                new FeedFile("frgm-actant-dev", key, csv.length(), InputStream::nullInputStream),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "sha");
    }

    private static String quoteAt(String timestamp) {
        return "instrument,timestamp,bid,ask\nZNH24," + timestamp + ",112.5,112.515625\n";
    }
}
