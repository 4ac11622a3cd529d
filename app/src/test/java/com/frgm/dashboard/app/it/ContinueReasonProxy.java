package com.frgm.dashboard.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy in front of S3Mock for the aws CLI test. The aws CLI sends PutObject
 * with {@code Expect: 100-continue}; Tomcat 11 (inside S3Mock) answers {@code HTTP/1.1 100}
 * without a reason phrase, and the botocore in Debian 12's aws CLI (2.9) only accepts
 * {@code HTTP/1.1 100 Continue} (newer botocore and AWS itself are fine), so it never sends the
 * body. The proxy adds the phrase; everything else passes through unchanged. Tomcat writes the
 * interim response on its own while the client waits, so it is always the start of a read.
 */
final class ContinueReasonProxy implements AutoCloseable {

    private static final byte[] BARE = "HTTP/1.1 100 \r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WITH_REASON = "HTTP/1.1 100 Continue\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final URI target;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "continue-proxy");
        thread.setDaemon(true);
        return thread;
    });

    ContinueReasonProxy(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                threads.submit(() -> pipe(client, upstream, false));
                threads.submit(() -> pipe(upstream, client, true));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void pipe(Socket from, Socket to, boolean addReason) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (addReason && n >= BARE.length && Arrays.equals(buffer, 0, BARE.length, BARE, 0, BARE.length)) {
                    out.write(WITH_REASON);
                    out.write(buffer, BARE.length, n - BARE.length);
                } else {
                    out.write(buffer, 0, n);
                }
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
            closeQuietly(from);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
