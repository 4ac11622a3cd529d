package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileIdentityTest {

    private static final String CONTENT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    @Test
    void sameNameAndContentIsTheSameFileWhateverTheFolder() {
        assertThat(FileIdentity.ofNameAndContent("sod/2024/01/15/actant_sod_20240115.csv", CONTENT))
                .isEqualTo(FileIdentity.ofNameAndContent("processed/sod/2024/01/15/actant_sod_20240115.csv", CONTENT))
                .hasSize(64);
    }

    @Test
    void sameContentUnderAnotherDateIsAnotherFile() {
        assertThat(FileIdentity.ofNameAndContent("sod/2024/01/16/actant_sod_20240116.csv", CONTENT))
                .isNotEqualTo(FileIdentity.ofNameAndContent("sod/2024/01/15/actant_sod_20240115.csv", CONTENT));
    }

    @Test
    void otherContentUnderTheSameNameIsAnotherFile() {
        assertThat(FileIdentity.ofNameAndContent("sod/2024/01/15/actant_sod_20240115.csv", OTHER))
                .isNotEqualTo(FileIdentity.ofNameAndContent("sod/2024/01/15/actant_sod_20240115.csv", CONTENT))
                .isNotEqualTo(CONTENT);
    }
}
