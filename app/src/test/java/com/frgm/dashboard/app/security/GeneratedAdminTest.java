package com.frgm.dashboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedAdminTest {

    @TempDir
    Path dataDir;

    @Test
    void makesThePasswordOnceKeepsItForLaterStartsAndOnlyTheOwnerReadsIt() throws Exception {
        String first = GeneratedAdmin.password(dataDir.resolve("data"));
        Path file = dataDir.resolve("data").resolve(GeneratedAdmin.FILE);
        assertThat(first).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(GeneratedAdmin.password(dataDir.resolve("data"))).isEqualTo(first);
        assertThat(GeneratedAdmin.password(dataDir.resolve("other"))).isNotEqualTo(first);
    }
}
