package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.positions.PositionFileGenerator.Generated;
import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Any valid position file, however its writer spelled and quoted it, parses to exactly its rows. */
class PositionPropertyTest {

    private static final long EOD_SEED = 0x454F_4400_0000_0000L;
    private static final long SOD_SEED = 0x534F_4400_0000_0000L;
    private static final int CASES = 300;

    @TestFactory
    Stream<DynamicTest> validEndOfDayFilesRoundTrip() {
        return PropertyCases.cases(EOD_SEED, CASES, random -> {
            Generated<EndOfDayPosition> file = PositionFileGenerator.eod(random);
            ParsedFile<EndOfDayPosition> parsed =
                    new PositionCsvParser<>(PositionFile.END_OF_DAY).parse(bytes(file.text()));

            assertThat(parsed.problems()).as(file.text()).isEmpty();
            assertThat(parsed.rows()).isEqualTo(file.rows());
        });
    }

    @TestFactory
    Stream<DynamicTest> validStartOfDayFilesRoundTrip() {
        return PropertyCases.cases(SOD_SEED, CASES, random -> {
            Generated<StartOfDayPosition> file = PositionFileGenerator.sod(random);
            ParsedFile<StartOfDayPosition> parsed =
                    new PositionCsvParser<>(PositionFile.START_OF_DAY).parse(bytes(file.text()));

            assertThat(parsed.problems()).as(file.text()).isEmpty();
            assertThat(parsed.rows()).isEqualTo(file.rows());
        });
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
