package com.frgm.dashboard.ingest.tt;

import com.frgm.dashboard.eventstore.worker.Backoff;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request to TT: every attempt first takes a token from the shared bucket and
 * one request from the daily budget. 429 waits for Retry-After when TT sends it (seconds or an
 * HTTP date), otherwise, like 5xx and I/O errors, for an exponential backoff with jitter
 * (half fixed, half random, so retrying pollers spread out but never retry at once). Any other
 * status goes back to the caller.
 */
final class TtRetry {

    /** Builds each attempt afresh (a new requestId, the current token). */
    @FunctionalInterface
    interface Attempt {
        HttpRequest build() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(TtRetry.class);

    private final HttpClient http;
    private final TokenBucket bucket;
    private final DailyRequestBudget budget;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final TtMetrics metrics;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    TtRetry(
            HttpClient http,
            TokenBucket bucket,
            DailyRequestBudget budget,
            Sleeper sleeper,
            Clock clock,
            RandomGenerator random,
            TtMetrics metrics,
            TtPollerProperties properties) {
        this.http = http;
        this.bucket = bucket;
        this.budget = budget;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.metrics = metrics;
        this.maxAttempts = properties.maxAttempts();
        this.initialBackoff = properties.initialBackoff();
        this.maxBackoff = properties.maxBackoff();
    }

    HttpResponse<String> send(Attempt attempt) throws InterruptedException {
        for (int attemptNo = 1; ; attemptNo++) {
            final int n = attemptNo;
            HttpRequest request = attempt.build();
            if (!budget.tryTake()) {
                throw new DailyCapReachedException(budget.cap());
            }
            bucket.acquire();
            metrics.request();
            Duration delay;
            String why;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status != 429 && status < 500) {
                    return response;
                }
                if (status == 429) {
                    metrics.throttled();
                }
                if (n >= maxAttempts) {
                    return response;
                }
                delay = retryAfter(response).orElseGet(() -> backoff(n));
                why = "HTTP " + status;
            } catch (IOException e) {
                if (n >= maxAttempts) {
                    throw new TtApiException(
                            "TT " + request.method() + " " + request.uri().getPath() + " failed after " + n
                                    + " attempts: " + e,
                            0,
                            e);
                }
                delay = backoff(n);
                why = e.toString();
            }
            log.warn(
                    "TT {} {}: {}; attempt {} of {}, retrying in {} ms",
                    request.method(),
                    request.uri().getPath(),
                    why,
                    n,
                    maxAttempts,
                    delay.toMillis());
            sleeper.sleep(delay);
        }
    }

    /** initial * 2^(n-1), capped, then half of it fixed and half random. */
    Duration backoff(int attempt) {
        return new Backoff(initialBackoff, maxBackoff, Backoff.Jitter.HALF).after(attempt, random);
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(this::parseRetryAfter);
    }

    private Optional<Duration> parseRetryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
