package com.frgm.dashboard.eventstore.archive;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** Adobe's S3Mock fat jar (a test dependency) as a child {@code java -jar} process on free ports. */
final class S3MockServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start(Path root) throws IOException {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("s3mock") && entry.endsWith("-exec.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("s3mock exec jar not on the test class path"));
        int http = freePort();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar,
                        "--http.port=" + http,
                        "--server.port=" + freePort(),
                        "--com.adobe.testing.s3mock.store.root=" + root,
                        "--logging.level.root=warn")
                .redirectErrorStream(true)
                .redirectOutput(root.resolveSibling("s3mock.log").toFile())
                .start();
        S3MockServer server = new S3MockServer(process, http);
        await().atMost(Duration.ofSeconds(60)).until(() -> server.listening() || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Mock exited; see " + root.resolveSibling("s3mock.log"));
        }
        return server;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
