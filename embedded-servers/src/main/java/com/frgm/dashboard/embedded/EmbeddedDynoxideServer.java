package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;

/**
 * Dynoxide, a DynamoDB-compatible server on SQLite (ADR 0009), as a child process. The static
 * Linux x86-64 binary comes inside this jar (the build unpacks the pinned npm tarball); it is
 * copied to {@code {data dir}/bin/dynoxide} and runs in {@code {data dir}/dynamodb}, keeping
 * its tables in {@code history.sqlite} there so they survive restarts.
 */
public final class EmbeddedDynoxideServer implements EmbeddedServer {

    static final String RESOURCE = "/embedded/dynoxide/package/dynoxide";
    static final String ENDPOINT_PROPERTY = "frgm.history.dynamodb-endpoint";
    private static final String HOST = "127.0.0.1";
    private static final String PID_FILE = "dynoxide.pid";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Log log;

    private EmbeddedDynoxideServer(Process process, int port, Path dataDir, Log log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts one in {@code dataDir}, its binary installed in {@code binDir}. */
    public static EmbeddedDynoxideServer start(Path dataDir, Path binDir, Log log) throws IOException {
        requireLinuxX64();
        Files.createDirectories(dataDir);
        Path pidFile = dataDir.resolve(PID_FILE);
        // A Dynoxide left by a JVM killed with -9 still holds the SQLite file and its port.
        StaleProcess.terminateIfRunning(pidFile, "dynoxide", dataDir, log);
        Path binary = install(binDir);
        int port = freePort();
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "serve",
                        "--host",
                        HOST,
                        "--port",
                        Integer.toString(port),
                        "--db-path",
                        dataDir.resolve("history.sqlite").toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("dynoxide.log").toFile())
                .start();
        Files.writeString(pidFile, process.pid() + "\n");
        EmbeddedDynoxideServer server = new EmbeddedDynoxideServer(process, port, dataDir, log);
        server.awaitListening();
        return server;
    }

    private static void requireLinuxX64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The embedded DynamoDB (Dynoxide) ships for Linux x86-64 only, not "
                    + os + "/" + arch + ". Set AWS_ENDPOINT_URL_DYNAMODB (or frgm.history.dynamodb-endpoint) to a "
                    + "DynamoDB-compatible server, or frgm.history.enabled=false.");
        }
    }

    /** Copies the binary out of the jar, replacing it atomically so a running copy is never torn. */
    private static Path install(Path binDir) throws IOException {
        Files.createDirectories(binDir);
        Path binary = binDir.resolve("dynoxide");
        try (InputStream in = EmbeddedDynoxideServer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Dynoxide is missing from the classpath (" + RESOURCE
                        + "); build the app module with Maven, which downloads it");
            }
            Path tmp = Files.createTempFile(binDir, ".dynoxide", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (!tmp.toFile().setExecutable(true, true)) {
                throw new IOException("Cannot make " + tmp + " executable");
            }
            Files.move(tmp, binary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return binary;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Dynoxide exited with " + process.exitValue() + " on start: " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        stop();
        throw new IOException(
                "Dynoxide did not listen on port " + port + " within " + STARTUP_WAIT.toSeconds() + " s: " + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("dynoxide.log"));
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String endpoint() {
        return "http://" + HOST + ":" + port;
    }

    @Override
    public Map<String, Object> connectionProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ENDPOINT_PROPERTY, endpoint());
        properties.put("frgm.history.embedded", "true");
        return properties;
    }

    @Override
    public String howToConnect() {
        return "Embedded DynamoDB (Dynoxide) at " + endpoint() + ", data in " + dataDir
                + "; look with: aws dynamodb list-tables --endpoint-url " + endpoint();
    }

    @Override
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!StaleProcess.awaitExit(process.toHandle(), STOP_WAIT)) {
            process.destroyForcibly();
            StaleProcess.awaitExit(process.toHandle(), STOP_WAIT);
        }
        try {
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
        } catch (IOException e) {
            log.debug("Could not remove the Dynoxide pid file", e);
        }
        log.info("Stopped the embedded Dynoxide in " + dataDir);
    }
}
