package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TT REST API 2.0 as the poller uses it: a token from {@code POST /ttid/{env}/token} and the working
 * orders from {@code GET /ttledger/{env}/orders}, every request carrying {@code x-api-key} and a
 * fresh {@code requestId}. Each request (retries included) passes the shared token bucket and the
 * daily budget; 429, 5xx and I/O errors are retried by {@link TtRetry}; a 401 on the orders call
 * renews the token once. The token is renewed ahead of its expiry.
 */
final class TtApiClient {

    private static final Logger log = LoggerFactory.getLogger(TtApiClient.class);
    private static final int MAX_PAGES = 1000;

    private final TtPollerProperties properties;
    private final TtCredentialsSource credentials;
    private final Clock clock;
    private final TtRetry retry;
    private final ObjectMapper json;
    private Token token;

    TtApiClient(
            TtPollerProperties properties,
            TtCredentialsSource credentials,
            Clock clock,
            TtRetry retry,
            ObjectMapper json) {
        this.properties = properties;
        this.credentials = credentials;
        this.clock = clock;
        this.retry = retry;
        this.json = json;
    }

    /** Every working order, all pages; a page that cannot be fetched fails the whole call. */
    synchronized List<JsonNode> fetchWorkingOrders() throws InterruptedException {
        List<JsonNode> orders = new ArrayList<>();
        String pageKey = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = parse(authorizedGet(ordersUri(pageKey)), "orders");
            JsonNode list = body.path("orders");
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                throw new TtApiException("TT orders answer has a non-array 'orders'", 200);
            }
            list.forEach(orders::add);
            if (!body.path("lastPage").asText("true").equalsIgnoreCase("false")) {
                return orders;
            }
            pageKey = body.path("nextPageKey").asText("");
            if (pageKey.isEmpty()) {
                // Writing what we have would make the missing orders look cancelled.
                throw new TtApiException("TT says more pages follow but gives no nextPageKey", 200);
            }
        }
        throw new TtApiException("TT orders answer has more than " + MAX_PAGES + " pages", 200);
    }

    private HttpResponse<String> authorizedGet(URI uri) throws InterruptedException {
        HttpResponse<String> response = retry.send(() -> get(uri, token()));
        if (response.statusCode() == 401) {
            log.info("TT rejected the access token; renewing it once");
            invalidateToken();
            response = retry.send(() -> get(uri, token()));
        }
        return ok(response, "orders");
    }

    private HttpRequest get(URI uri, String accessToken) {
        return HttpRequest.newBuilder(withRequestId(uri))
                .timeout(properties.requestTimeout())
                .GET()
                .header("x-api-key", credentials.get().apiKey())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .build();
    }

    /** The current token, renewed first when it is due. */
    synchronized String token() throws InterruptedException {
        if (token == null || !clock.instant().isBefore(token.renewAt())) {
            token = requestToken();
        }
        return token.value();
    }

    synchronized void invalidateToken() {
        token = null;
    }

    private Token requestToken() throws InterruptedException {
        TtCredentials creds = credentials.get();
        String form = "grant_type=user_app&app_key=" + URLEncoder.encode(creds.appKeyField(), StandardCharsets.UTF_8);
        URI uri = properties.baseUrl().resolve("/ttid/" + properties.env() + "/token");
        HttpResponse<String> response = retry.send(() -> HttpRequest.newBuilder(withRequestId(uri))
                .timeout(properties.requestTimeout())
                .header("x-api-key", creds.apiKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            credentials.forget();
        }
        JsonNode body = parse(ok(response, "token"), "token");
        String value = body.path("access_token").asText("");
        if (value.startsWith("Bearer ")) {
            value = value.substring("Bearer ".length());
        }
        long lifetime = body.path("seconds_until_expiry").asLong(0);
        if (value.isBlank() || lifetime <= 0) {
            throw new TtApiException("TT token answer lacks access_token or seconds_until_expiry", 200);
        }
        Instant now = clock.instant();
        Duration margin = min(
                properties.tokenRefreshMargin(), Duration.ofSeconds(lifetime).dividedBy(2));
        log.info("New TT access token, valid {} s", lifetime);
        return new Token(value, now.plusSeconds(lifetime).minus(margin));
    }

    private URI ordersUri(String pageKey) {
        String path = "/ttledger/" + properties.env() + "/orders";
        String query = pageKey == null ? "" : "?nextPageKey=" + URLEncoder.encode(pageKey, StandardCharsets.UTF_8);
        return properties.baseUrl().resolve(path + query);
    }

    /** TT wants {@code requestId=<app>-<company>--<guid>} on every call, a new guid each time. */
    private URI withRequestId(URI uri) {
        String requestId = "requestId=" + properties.requestIdPrefix() + "--" + UUID.randomUUID();
        String s = uri.toString();
        return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + requestId);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            // TT's error text helps, but the token call's body was our secret: never echo that one.
            String body = response.body() == null || what.equals("token") ? "" : response.body();
            throw new TtApiException(
                    "TT " + what + " request failed with HTTP " + status
                            + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))),
                    status);
        }
        return response;
    }

    private JsonNode parse(HttpResponse<String> response, String what) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new TtApiException("TT " + what + " answer is not JSON", response.statusCode(), e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Token(String value, Instant renewAt) {
        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt + "]";
        }
    }
}
