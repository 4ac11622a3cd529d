package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.PlausibilityProperties;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A start- or end-of-day file for a business date more than four days after today (in the file
 * zone) is rejected: the latest start-of-day set is the base of every live position, so a 2099
 * set would freeze them all. Today is Tuesday 2024-01-16.
 */
class PositionPlausibilityTest {

    private static final IngestProperties PROPERTIES =
            new IngestProperties(null, null, null, null, null, null, null, null);
    private static final Plausibility TUESDAY = FixedPlausibility.at("2024-01-16T09:00:00Z");

    private final PositionFeedKind<StartOfDayPosition> sod = PositionFeedKind.startOfDay(PROPERTIES, TUESDAY);
    private final PositionFeedKind<EndOfDayPosition> eod = PositionFeedKind.endOfDay(PROPERTIES, TUESDAY);

    @Test
    void acceptsABusinessDateUpToFourDaysAhead() throws IOException {
        assertThat(prepare(sod, "sod/2024/01/20/actant_sod_20240120.csv").isAccepted())
                .isTrue();
        assertThat(prepare(eod, "eod/2024/01/20/actant_eod_20240120.csv").isAccepted())
                .isTrue();
    }

    @Test
    void rejectsALaterBusinessDateNamingTheFileName() throws IOException {
        PreparedFile prepared = prepare(sod, "sod/2024/01/21/actant_sod_20240121.csv");

        assertThat(prepared.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("actant_sod_20240121.csv");
            assertThat(problem.reason())
                    .startsWith(
                            "business date 2024-01-21 lies in the future, more than P4D after today (2024-01-16 in UTC)");
        });
        assertThat(prepare(eod, "eod/2099/01/15/actant_eod_20990115.csv").problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.reason()).startsWith("business date 2099-01-15 lies in the future"));
    }

    @Test
    void todayIsTheFileZonesDateAndTheWindowIsConfigurable() throws IOException {
        // 03:00 UTC on the 16th is still the 15th in Chicago.
        Plausibility chicago = new Plausibility(
                new PlausibilityProperties(null, Period.ofDays(1)),
                ZoneId.of("America/Chicago"),
                Clock.fixed(Instant.parse("2024-01-16T03:00:00Z"), ZoneId.of("UTC")));
        PositionFeedKind<StartOfDayPosition> kind = PositionFeedKind.startOfDay(PROPERTIES, chicago);

        assertThat(prepare(kind, "sod/2024/01/16/actant_sod_20240116.csv").isAccepted())
                .isTrue();
        assertThat(prepare(kind, "sod/2024/01/17/actant_sod_20240117.csv").problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.reason()).contains("after today (2024-01-15 in America/Chicago)"));
    }

    private static PreparedFile prepare(FeedKind kind, String key) throws IOException {
        String csv = "account,instrument,position,settle_price\nFRGM01,ZNH24,3,112.5\n";
        return kind.prepare(
                new FeedFile("frgm-actant-dev", key, csv.length(), InputStream::nullInputStream),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "sha");
    }
}
