package com.frgm.dashboard.ingest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.pipeline.FeedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatchTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path root;

    @Test
    void aFileRenamedFromATemporaryNameIsCompleteAtOnce() throws Exception {
        Path day = Files.createDirectories(root.resolve("frgm-actant-dev/market-data/2026/12/02"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            Path file = renameIn(day, "GE_XCME.ZN_20261202_101500.csv");

            awaitChanges(watch);

            assertThat(watch.renamedIntoPlace(file)).isTrue();
            // Ready without waiting for an hour's settle time.
            assertThat(new LocalInbox(root).readyFiles(Instant.now(), HOUR, watch::renamedIntoPlace))
                    .extracting(FeedFile::key)
                    .containsExactly("market-data/2026/12/02/GE_XCME.ZN_20261202_101500.csv");
            assertThat(new LocalInbox(root).readyFiles(Instant.now(), HOUR)).isEmpty();
        }
    }

    @Test
    void aFileWrittenInPlaceWaitsForTheSettleTime() throws Exception {
        Path day = Files.createDirectories(root.resolve("frgm-actant-dev/market-data/2026/12/02"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            Path file = day.resolve("GE_XCME.ZN_20261202_101500.csv");
            Files.writeString(file, "half a file");

            awaitChanges(watch);

            assertThat(watch.renamedIntoPlace(file)).isFalse();
            assertThat(new LocalInbox(root).readyFiles(Instant.now(), HOUR, watch::renamedIntoPlace))
                    .isEmpty();
        }
    }

    @Test
    void aFileWrittenToAfterItsRenameWaitsForTheSettleTime() throws Exception {
        Path day = Files.createDirectories(root.resolve("frgm-actant-dev/market-data/2026/12/02"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            Path file = renameIn(day, "GE_XCME.ZN_20261202_101500.csv");
            awaitChanges(watch);
            assertThat(watch.renamedIntoPlace(file)).isTrue();

            Files.writeString(file, "more\n", StandardOpenOption.APPEND);
            awaitChanges(watch);

            assertThat(watch.renamedIntoPlace(file)).isFalse();
        }
    }

    @Test
    void aFileMovedInFromElsewhereWaitsForTheSettleTime() throws Exception {
        Path day = Files.createDirectories(root.resolve("frgm-actant-dev/market-data/2026/12/02"));
        Path outside = Files.createDirectories(root.resolveSibling(root.getFileName() + "-outside"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            Path written = Files.writeString(outside.resolve("GE_XCME.ZN_20261202_101500.csv"), "rows\n");
            Path file = Files.move(written, day.resolve(written.getFileName()), StandardCopyOption.ATOMIC_MOVE);

            awaitChanges(watch);

            assertThat(watch.renamedIntoPlace(file)).isFalse();
        }
    }

    @Test
    void aNewDaysDirectoryIsWatchedAsItAppears() throws Exception {
        Files.createDirectories(root.resolve("frgm-actant-dev"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            Path day = Files.createDirectories(root.resolve("frgm-actant-dev/market-data/2026/12/03"));
            // Each new level is registered as its creation is seen.
            while (watch.await(Duration.ofMillis(300))) {
                // take in every level's creation
            }
            Path file = renameIn(day, "GE_XCME.ZN_20261203_090000.csv");

            awaitChanges(watch);

            assertThat(watch.renamedIntoPlace(file)).isTrue();
        }
    }

    @Test
    void nothingChangingMeansNoWakeUp() throws Exception {
        Files.createDirectories(root.resolve("frgm-actant-dev"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            assertThat(watch.await(Duration.ofMillis(100))).isFalse();
        }
    }

    @Test
    void processedAndRejectedAreNotWatched() throws Exception {
        Path processed = Files.createDirectories(root.resolve("frgm-actant-dev/processed/market-data"));
        try (InboxWatch watch = InboxWatch.open(root)) {
            renameIn(processed, "GE_XCME.ZN_20261202_101500.csv");

            assertThat(watch.await(Duration.ofMillis(300))).isFalse();
        }
    }

    private static Path renameIn(Path directory, String name) throws Exception {
        Path temporary = Files.writeString(directory.resolve("." + name + ".tmp"), "header\nrow\n");
        return Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitChanges(InboxWatch watch) throws Exception {
        assertThat(watch.await(Duration.ofSeconds(5)))
                .as("a change in the inbox")
                .isTrue();
        while (watch.await(Duration.ofMillis(100))) {
            // take in the rest of the burst
        }
    }
}
