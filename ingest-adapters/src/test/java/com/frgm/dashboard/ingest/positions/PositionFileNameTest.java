package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.ingest.file.FeedLayout;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionFileNameTest {

    @Test
    void takesTheBusinessDateFromTheFileName() {
        assertThat(PositionFileName.parse("eod/2024/01/15/actant_eod_20240115.csv", FeedLayout.END_OF_DAY)
                        .businessDate())
                .isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(PositionFileName.parse("sod/2024/02/29/actant_sod_20240229.csv", FeedLayout.START_OF_DAY)
                        .businessDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "eod/2024/01/15/actant_sod_20240115.csv | file name `actant_sod_20240115.csv` does not match actant_eod_{YYYYMMDD}.csv",
                "eod/2024/01/15/actant_eod_2024011.csv | file name `actant_eod_2024011.csv` does not match actant_eod_{YYYYMMDD}.csv",
                "eod/2024/01/15/ACTANT_EOD_20240115.CSV | file name `ACTANT_EOD_20240115.CSV` does not match actant_eod_{YYYYMMDD}.csv",
                "eod/actant_eod_20240115.csv | key `eod/actant_eod_20240115.csv` does not match eod/YYYY/MM/DD/actant_eod_{YYYYMMDD}.csv",
                "sod/2024/01/15/actant_eod_20240115.csv | key `sod/2024/01/15/actant_eod_20240115.csv` does not match eod/YYYY/MM/DD/actant_eod_{YYYYMMDD}.csv",
                "eod/2024/1/15/actant_eod_20240115.csv | key `eod/2024/1/15/actant_eod_20240115.csv` does not match eod/YYYY/MM/DD/actant_eod_{YYYYMMDD}.csv",
                "eod/2024/01/16/actant_eod_20240115.csv | file name `actant_eod_20240115.csv` is dated 2024-01-15 but lies in folder 2024/01/16 (2024-01-16)",
                "eod/2023/02/29/actant_eod_20230229.csv | key `eod/2023/02/29/actant_eod_20230229.csv`: folders 2023/02/29 are not a valid date",
                "eod/2024/02/29/actant_eod_20240230.csv | file name `actant_eod_20240230.csv` has no valid date",
            })
    void rejectsAKeyThatDoesNotFollowTheLayout(String key, String reason) {
        assertThatThrownBy(() -> PositionFileName.parse(key, FeedLayout.END_OF_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }
}
