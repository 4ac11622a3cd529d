package com.frgm.dashboard.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileProblemTest {

    @Test
    void describesItselfForLogs() {
        assertThat(new FileProblem(2, "bid_size", "25O", "`25O` is not an integer").describe())
                .isEqualTo("line 2, column bid_size: `25O` is not an integer");
        assertThat(FileProblem.atLine(3, "unterminated quoted field").describe())
                .isEqualTo("line 3: unterminated quoted field");
        assertThat(FileProblem.ofFile("too big").describe()).isEqualTo("too big");
    }

    @Test
    void aParsedFileIsAcceptedOnlyWithoutProblems() {
        assertThat(ParsedFile.of(List.of("row")).accepted()).isTrue();
        ParsedFile<String> rejected = ParsedFile.rejected(List.of(FileProblem.ofFile("bad name")));
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.rows()).isEmpty();
        assertThatThrownBy(() -> ParsedFile.rejected(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
