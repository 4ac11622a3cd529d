package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.StringReader;
import java.util.List;

/** Shorthands for position parser tests: parse a literal file, expect rows or problems. */
final class PositionsFixture {

    static final String EOD_HEADER = "account,instrument,position,settle_price,delta,gamma,vega,theta,pnl\n";
    static final String SOD_HEADER = "account,instrument,position,avg_price\n";

    private PositionsFixture() {}

    static ParsedFile<EndOfDayPosition> eod(String text) {
        return new PositionCsvParser<>(PositionFile.END_OF_DAY).parse(new StringReader(text));
    }

    static ParsedFile<StartOfDayPosition> sod(String text) {
        return new PositionCsvParser<>(PositionFile.START_OF_DAY).parse(new StringReader(text));
    }

    static EndOfDayPosition onlyEod(String text) {
        ParsedFile<EndOfDayPosition> parsed = eod(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        return parsed.rows().get(0);
    }

    static StartOfDayPosition onlySod(String text) {
        ParsedFile<StartOfDayPosition> parsed = sod(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        return parsed.rows().get(0);
    }

    static List<FileProblem> eodProblems(String text) {
        return rejected(eod(text));
    }

    static List<FileProblem> sodProblems(String text) {
        return rejected(sod(text));
    }

    static <T> List<FileProblem> rejected(ParsedFile<T> parsed) {
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        return parsed.problems();
    }
}
