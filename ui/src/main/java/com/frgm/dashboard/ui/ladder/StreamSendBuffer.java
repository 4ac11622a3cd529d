package com.frgm.dashboard.ui.ladder;

import io.netty.channel.ChannelOption;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A fixed send buffer for a ladder stream's connection. Left alone, Linux grows a connection's
 * send buffer up to {@code net.ipv4.tcp_wmem}'s maximum (4 MB by default) while its client does
 * not read: some 600 ladders of 6.6 KB, every one of them delivered, oldest first, before the
 * newest when the client reads again, which undoes the stream's conflation. 64 KB (about ten
 * ladders) is far more than a ladder stream needs in flight: tens of KB a second, which 64 KB
 * carries over a link of up to a second's round trip.
 */
final class StreamSendBuffer {

    static final int BYTES = 64 * 1024;

    private StreamSendBuffer() {
    }

    /** Fixes the send buffer of the connection under {@code response}, when it is a Reactor Netty one. */
    static void cap(ServerHttpResponse response) {
        Object nativeResponse;
        try {
            nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
        } catch (IllegalArgumentException | IllegalStateException noServerUnderIt) {
            // a test's mock exchange: no socket to size
            return;
        }
        if (nativeResponse instanceof HttpServerResponse netty) {
            netty.withConnection(connection -> connection.channel().config().setOption(ChannelOption.SO_SNDBUF, BYTES));
        }
    }
}
