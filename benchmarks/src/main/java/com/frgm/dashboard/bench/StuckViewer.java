package com.frgm.dashboard.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * An SSE client that asks for the ladder stream and then reads nothing until it is told to: the
 * viewer on a stalled laptop. Its receive buffer is kept small so that the server meets its
 * back-pressure after a few events instead of after megabytes of loopback buffer.
 */
final class StuckViewer implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 4096;

    private final Socket socket = new Socket();

    /** What a stuck viewer had when it finally read: the number of ladder events, the distinct files and the last. */
    record Result(int events, int distinctFiles, int lastFile, long bytes, boolean closedByServer, String status) {}

    StuckViewer(int port, String basicAuth, String path) throws IOException {
        socket.setReceiveBufferSize(RECEIVE_BUFFER);
        socket.connect(new InetSocketAddress("localhost", port));
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/event-stream\r\n"
                + "Authorization: Basic " + basicAuth + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * Reads what has waited for it and what comes after, until the ladder of {@code newestFile}
     * arrives, the server closes, or nothing comes for {@code quiet}.
     */
    Result readUntil(int newestFile, Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String status = line(in);
        while (!line(in).isEmpty()) {
            // headers: the body is chunked, as any streamed HTTP/1.1 response without a length
        }
        StringBuilder pending = new StringBuilder();
        Set<Integer> files = new HashSet<>();
        int events = 0;
        int last = -1;
        long bytes = 0;
        boolean closed = false;
        try {
            while (last != newestFile) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                if (size == 0) {
                    closed = true;
                    break;
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new EOFException();
                }
                line(in);
                bytes += size;
                pending.append(new String(chunk, StandardCharsets.UTF_8));
                int end;
                while ((end = pending.indexOf("\n\n")) >= 0) {
                    int file = SseEvents.fileOf(pending, 0, end);
                    pending.delete(0, end + 2);
                    if (file >= 0) {
                        events++;
                        files.add(file);
                        last = file;
                    }
                }
            }
        } catch (SocketTimeoutException quietFor) {
            // drained: nothing more is coming
        } catch (EOFException | NumberFormatException ended) {
            closed = true;
        }
        return new Result(events, files.size(), last, bytes, closed, status);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException();
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
