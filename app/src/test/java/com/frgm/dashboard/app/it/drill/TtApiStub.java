package com.frgm.dashboard.app.it.drill;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough of TT's REST API for the poller: a token, and no working orders. */
public final class TtApiStub implements AutoCloseable {

    public static final String ENV = "ext_uat_cert";

    /** Which node asked for orders (by its requestId prefix), and when. */
    record OrdersRequest(String node, Instant at) {}

    private final HttpServer server;
    final List<OrdersRequest> orders = new CopyOnWriteArrayList<>();
    /** The {@code x-api-key} of every request, to show the key was really sent. */
    public final List<String> apiKeys = new CopyOnWriteArrayList<>();

    public TtApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/ttid/" + ENV + "/token",
                exchange -> answer(
                        exchange, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"seconds_until_expiry\":3600}"));
        server.createContext("/ttledger/" + ENV + "/orders", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String node = query == null ? "?" : query.replaceAll(".*requestId=([^-&]+).*", "$1");
            orders.add(new OrdersRequest(node, Instant.now()));
            answer(exchange, "{\"status\":\"Ok\",\"lastPage\":\"true\",\"orders\":[]}");
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")));
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
