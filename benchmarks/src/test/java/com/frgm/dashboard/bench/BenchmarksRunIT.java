package com.frgm.dashboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every benchmark the README names, run as its command runs it (its own JVM, the module's class
 * path, the main class) at a tiny size: a benchmark that no longer starts fails the build instead
 * of a reader. The figures of these runs mean nothing.
 */
class BenchmarksRunIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IngestBenchmark        | -Dfiles=4 -Drows=5 -Drounds=1",
                "HistoryBenchmark       | -Devents=50 -Drounds=1",
                "ArchiveReplayBenchmark | -Devents=2000 -Dsegment=500 -Drounds=1",
                "DrainBenchmark         | -Dsizes=8 -Dburst=4 -Dbursts=1",
                "RebuildBenchmark       | -Dfiles=4 -Drows=5 -Drounds=1",
                "TimeTravelBenchmark    | -Devents=20000 -Dquestions=3 -Dloose-minutes=1",
                "LatencyBenchmark       | -Dwarmup=10 -Dfiles=30 -Drate=2 -Dfail-above-ms=10000",
                "LatencyBenchmark       | -Dsource=s3 -Dwarmup=5 -Dfiles=10 -Drate=2 -Ds3mock.jar=target/s3mock/s3mock.jar"
                        + " -Dfail-above-ms=20000",
                "FootprintBenchmark     | -Dseconds=3 -Djar=../app/target/frgm-dashboard-exec.jar",
                "ViewersBenchmark       | -Dviewers=5 -Dslow=1 -Dwarmup=5 -Dseconds=3 -Drate=2"
            })
    void runsAndPrintsBothSides(String benchmark, String sizes) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx1g"));
        command.addAll(List.of(sizes.trim().split(" ")));
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), "com.frgm.dashboard.bench." + benchmark.trim()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = read(process);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsAnyOf("median", "p50", "resident set size");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
