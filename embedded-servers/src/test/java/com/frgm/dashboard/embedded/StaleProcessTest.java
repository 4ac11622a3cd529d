package com.frgm.dashboard.embedded;

import static com.frgm.dashboard.embedded.EmbeddedTestSupport.LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain processes stand in for the servers: what matters is the pid file, the name and the directory. */
class StaleProcessTest {

    private final Log log = LOGS.getLog(StaleProcessTest.class);
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void killStarted() {
        started.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    @Test
    void doesNothingWithoutAPidFile() {
        assertThat(terminate("sleep")).isEqualTo(StaleProcess.Outcome.NO_PID_FILE);
    }

    @Test
    void doesNothingWithAPidFileThatHoldsNoPid() throws IOException {
        Files.writeString(pidFile(), "not a pid\n");

        assertThat(terminate("sleep")).isEqualTo(StaleProcess.Outcome.NO_PID_FILE);
    }

    @Test
    void reportsAPidThatIsNoLongerRunning() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(pidFile(), gone.pid() + "\n");

        assertThat(terminate("true")).isEqualTo(StaleProcess.Outcome.NOT_RUNNING);
    }

    @Test
    void neverTouchesThisJvm() throws IOException {
        Files.writeString(pidFile(), ProcessHandle.current().pid() + "\n");

        assertThat(terminate("java")).isEqualTo(StaleProcess.Outcome.UNRELATED);
    }

    @Test
    void leavesAnotherProgramThatReusedThePidAlone() throws IOException {
        Process other = start(dir, "sleep", "300");

        assertThat(terminate("redis-server")).isEqualTo(StaleProcess.Outcome.UNRELATED);
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void leavesTheSameProgramInAnotherDirectoryAlone(@TempDir Path elsewhere) throws IOException {
        Process other = start(elsewhere, "sleep", "300");

        assertThat(terminate("sleep")).isEqualTo(StaleProcess.Outcome.UNRELATED);
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void stopsTheServerLeftRunningInItsDirectory() throws IOException {
        Process stale = start(dir, "sleep", "300");

        assertThat(terminate("sleep")).isEqualTo(StaleProcess.Outcome.TERMINATED);
        assertThat(stale.isAlive()).isFalse();
    }

    @Test
    void killsAServerAndItsChildrenThatIgnoreTheRequestToStop() throws IOException {
        Process stubborn = start(dir, "bash", "-c", "trap '' TERM; while true; do sleep 1; done");

        assertThat(terminate("bash")).isEqualTo(StaleProcess.Outcome.TERMINATED);
        assertThat(stubborn.isAlive()).isFalse();
    }

    private Process start(Path workingDir, String... command) throws IOException {
        Process process =
                new ProcessBuilder(command).directory(workingDir.toFile()).start();
        started.add(process);
        Files.writeString(pidFile(), process.pid() + "\n");
        return process;
    }

    private StaleProcess.Outcome terminate(String executable) {
        return StaleProcess.terminateIfRunning(pidFile(), executable, dir, log);
    }

    private Path pidFile() {
        return dir.resolve("server.pid");
    }
}
