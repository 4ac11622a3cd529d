package com.frgm.dashboard.ingest.tt;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TT REST API 2.0 on a free local port: POST /ttid/{env}/token and GET /ttledger/{env}/orders.
 * Scripted answers are served first, in order; then the defaults (a new token each time, and
 * {@link #orders}). Every request is recorded with the test clock's time.
 */
final class TtStub implements AutoCloseable {

    static final String ENV = "ext_uat_cert";
    static final String API_KEY = "key-123";
    static final String API_SECRET = "secret-456";

    record Answer(int status, Map<String, String> headers, String body) {
        static Answer ok(String body) {
            return new Answer(200, Map.of(), body);
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), "{\"status\":\"Failed\"}");
        }

        /** Promises 100 bytes, sends one and hangs up: the client sees an I/O error mid-body. */
        static Answer drop() {
            return new Answer(-1, Map.of(), "");
        }
    }

    record Request(
            String method, String path, String query, Map<String, List<String>> headers, String body, Instant at) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final Clock clock;
    private final Deque<Answer> tokenScript = new ArrayDeque<>();
    private final Deque<Answer> ordersScript = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    volatile long tokenLifetimeSeconds = 3600;
    volatile String orders = "{\"status\":\"Ok\",\"lastPage\":\"true\",\"orders\":[]}";

    TtStub(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ttid/" + ENV + "/token", ex -> answer(ex, next(tokenScript, this::newToken)));
        server.createContext(
                "/ttledger/" + ENV + "/orders", ex -> answer(ex, next(ordersScript, () -> Answer.ok(orders))));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized void scriptToken(Answer... answers) {
        tokenScript.addAll(List.of(answers));
    }

    synchronized void scriptOrders(Answer... answers) {
        ordersScript.addAll(List.of(answers));
    }

    List<Request> requests() {
        return requests;
    }

    List<Request> requests(String pathEnd) {
        return requests.stream().filter(r -> r.path().endsWith(pathEnd)).toList();
    }

    private Answer newToken() {
        int n = tokensIssued.incrementAndGet();
        return Answer.ok("{\"access_token\":\"token-" + n + "\",\"token_type\":\"bearer\",\"seconds_until_expiry\":"
                + tokenLifetimeSeconds + "}");
    }

    private synchronized Answer next(Deque<Answer> script, java.util.function.Supplier<Answer> fallback) {
        Answer scripted = script.poll();
        return scripted != null ? scripted : fallback.get();
    }

    private void answer(HttpExchange exchange, Answer answer) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body,
                clock.instant()));
        if (answer.status() < 0) {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
