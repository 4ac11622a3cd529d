package com.frgm.dashboard.app.it.drill;

import com.frgm.dashboard.app.FrgmApplication;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One application process of the drill, in its own JVM, so that it can be killed like in production. */
final class Node implements AutoCloseable {

    final String name;
    final int port;
    final Process process;

    private Node(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static Node start(String name, Path logDir, List<String> args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx384m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Xshare:off",
                "-cp",
                System.getProperty("java.class.path"),
                FrgmApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(name + ".log").toFile())
                .start();
        return new Node(name, port, process);
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Readiness answers 200. */
    boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    uri("/actuator/health/readiness").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** What a crash or an out-of-memory kill does: no shutdown hook, no clean release of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
