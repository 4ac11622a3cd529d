package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.RecordEndOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.RecordStartOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PositionFeedKindTest {

    private static final IngestProperties PROPERTIES =
            new IngestProperties(null, null, null, null, null, null, null, null);
    private static final Plausibility NOW = FixedPlausibility.at("2024-01-16T09:00:00Z");
    private final PositionFeedKind<EndOfDayPosition> eod = PositionFeedKind.endOfDay(PROPERTIES, NOW);
    private final PositionFeedKind<StartOfDayPosition> sod = PositionFeedKind.startOfDay(PROPERTIES, NOW);

    @Test
    void handlesOnlyItsOwnPrefixInTheActantBucket() {
        assertThat(eod.handles("frgm-actant-dev", "eod/2024/01/15/actant_eod_20240115.csv"))
                .isTrue();
        assertThat(eod.handles("frgm-actant-dev", "sod/2024/01/15/actant_sod_20240115.csv"))
                .isFalse();
        assertThat(eod.handles("frgm-tt-dev", "eod/2024/01/15/actant_eod_20240115.csv"))
                .isFalse();
        assertThat(sod.handles("frgm-actant-dev", "sod/2024/01/15/actant_sod_20240115.csv"))
                .isTrue();
        assertThat(sod.handles("frgm-actant-dev", "processed/sod/2024/01/15/actant_sod_20240115.csv"))
                .isFalse();
        assertThat(eod.name()).isEqualTo("eod");
        assertThat(sod.name()).isEqualTo("sod");
    }

    @Test
    void turnsAnEndOfDayFileIntoOneCommandForItsBusinessDate() {
        String key = "eod/2024/01/15/actant_eod_20240115.csv";
        PreparedFile prepared =
                eod.prepare(file(key), content("account,instrument,position,settle_price\nA,I,-3,1.5\n"), "sha");

        assertThat(prepared.command()).isInstanceOfSatisfying(RecordEndOfDayPositionsCommand.class, command -> {
            assertThat(command.bookId()).isEqualTo("positions:2024-01-15");
            assertThat(command.businessDate()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(command.fileKey()).isEqualTo(key);
            assertThat(command.contentSha256()).isEqualTo("sha");
            assertThat(command.positions())
                    .singleElement()
                    .satisfies(p -> assertThat(p.position()).isEqualTo(-3));
        });
    }

    @Test
    void turnsAStartOfDayFileIntoOneCommandForItsBusinessDate() {
        String key = "sod/2024/01/16/actant_sod_20240116.csv";
        PreparedFile prepared = sod.prepare(file(key), content("account,instrument,position\n"), "sha");

        assertThat(prepared.command())
                .isEqualTo(new RecordStartOfDayPositionsCommand(
                        "positions:2024-01-16", LocalDate.of(2024, 1, 16), key, "sha", java.util.List.of()));
    }

    @Test
    void rejectsAFileWhoseNameDisagreesWithItsFolders() {
        PreparedFile prepared = sod.prepare(
                file("sod/2024/01/15/actant_sod_20240116.csv"), content("account,instrument,position\n"), "sha");

        assertThat(prepared.isAccepted()).isFalse();
        assertThat(prepared.problems())
                .singleElement()
                .extracting(FileProblem::reason)
                .asString()
                .contains("is dated 2024-01-16 but lies in folder 2024/01/15");
    }

    @Test
    void rejectsAFileWithBadContentWithEveryProblem() {
        PreparedFile prepared = eod.prepare(
                file("eod/2024/01/15/actant_eod_20240115.csv"), content("account,instrument,position\nA,I,1\n"), "sha");

        assertThat(prepared.problems())
                .containsExactly(
                        new FileProblem(1, "settle_price", null, "header: required column `settle_price` is missing"));
    }

    private static FeedFile file(String key) {
        return new FeedFile("frgm-actant-dev", key, 0, () -> InputStream.nullInputStream());
    }

    private static InputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
