package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * A server process that an earlier JVM started and never stopped because it was killed with -9.
 * The process outlives its JVM and keeps holding the data directory, so a new server cannot
 * start there until it is gone. Callers hold the directory's {@link DirectoryLock} first, so a
 * server found here cannot belong to a JVM that is still running.
 */
final class StaleProcess {

    enum Outcome {
        /** No pid file, or one without a pid in it. */
        NO_PID_FILE,
        /** The pid file names a process that no longer exists. */
        NOT_RUNNING,
        /** The pid now belongs to some other program or directory: pids get reused. */
        UNRELATED,
        /** The process could not be inspected, so it is left alone. */
        UNKNOWN,
        /** It was the stale server, and it is now stopped. */
        TERMINATED
    }

    private static final Duration GRACE = Duration.ofSeconds(10);

    private StaleProcess() {}

    /**
     * Stops the process named in {@code pidFile} if it is {@code executable} (matched by the start
     * of its file name) running in {@code dataDir}: first politely, so the server flushes its
     * data, then, if it is still there ten seconds later, with SIGKILL to it and its children.
     */
    static Outcome terminateIfRunning(Path pidFile, String executable, Path dataDir, Log log) {
        OptionalLong pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return Outcome.NO_PID_FILE;
        }
        Optional<ProcessHandle> found = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (found.isEmpty()) {
            log.info(pidFile + " names pid " + pid.getAsLong() + ", which is no longer running");
            return Outcome.NOT_RUNNING;
        }
        ProcessHandle process = found.get();
        Optional<Outcome> notOurs = notOurs(process, executable, dataDir);
        if (notOurs.isPresent()) {
            log.info(pidFile + " names pid " + process.pid() + ", which is "
                    + (notOurs.get() == Outcome.UNRELATED ? "not " : "perhaps not ") + executable + " in " + dataDir
                    + " (" + process.info().command().orElse("command unknown") + "); leaving it alone");
            return notOurs.get();
        }
        log.info("Found " + executable + " (pid " + process.pid() + ") still running in " + dataDir
                + " after an unclean exit; stopping it");
        stop(process, log);
        log.info("Stopped the stale " + executable + " (pid " + process.pid() + ")");
        return Outcome.TERMINATED;
    }

    /** The pid on the first line of a pid file, as both PostgreSQL and Redis write it. */
    static OptionalLong readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Waits for the process to exit; false if it is still running after {@code timeout}. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Why the process must be left alone, or empty if it is the stale server. */
    private static Optional<Outcome> notOurs(ProcessHandle process, String executable, Path dataDir) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return Optional.of(Outcome.UNRELATED);
        }
        Optional<String> command = process.info().command();
        if (command.isPresent() && !fileName(command.get()).startsWith(executable)) {
            return Optional.of(Outcome.UNRELATED);
        }
        // Both servers chdir into their data directory. Checking it keeps us from killing the
        // machine's own PostgreSQL or Redis when, after a reboot, it got the recorded pid.
        Optional<Boolean> inDataDir = workingDirectoryIs(process, dataDir);
        if (inDataDir.isPresent() && !inDataDir.get()) {
            return Optional.of(Outcome.UNRELATED);
        }
        return command.isPresent() ? Optional.empty() : Optional.of(Outcome.UNKNOWN);
    }

    private static String fileName(String command) {
        Path name = Path.of(command).getFileName();
        return name == null ? command : name.toString();
    }

    /** Empty where the process's working directory cannot be read (no /proc, or not ours). */
    private static Optional<Boolean> workingDirectoryIs(ProcessHandle process, Path dir) {
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            return Optional.of(Files.isSameFile(cwd, dir));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process, Log log) {
        // Listed before the kill: once the parent is gone its children are re-parented and
        // no longer show up as its descendants. PostgreSQL's backends must die too, or the new
        // postmaster refuses the shared memory they still hold.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (awaitExit(process, GRACE)) {
            return;
        }
        log.info("pid " + process.pid() + " did not stop within " + GRACE.toSeconds() + " s; killing it");
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        boolean gone = awaitExit(process, GRACE);
        for (ProcessHandle child : children) {
            gone &= awaitExit(child, GRACE);
        }
        if (!gone) {
            throw new IllegalStateException(
                    "Could not stop the stale server process " + process.pid() + "; stop it by hand and start again");
        }
    }
}
