package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.ingest.tt.TtStub.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 429, 5xx, I/O errors, 401 and token expiry, on the fake clock: nothing here waits for real. */
class TtResilienceTest {

    private static final Duration LIMITER_MAX = Duration.ofMillis(200);

    @TempDir
    Path tempDir;

    TtPollerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new TtPollerFixture(tempDir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void waitsForRetryAfterOn429ThenSucceeds() throws Exception {
        f.stub.scriptOrders(new Answer(429, Map.of("Retry-After", "7"), "{}"));

        assertThat(f.poller().pollOnce()).isPresent();

        List<TtStub.Request> orders = f.stub.requests("/orders");
        assertThat(orders).hasSize(2);
        assertThat(Duration.between(orders.get(0).at(), orders.get(1).at())).isEqualTo(Duration.ofSeconds(7));
        assertThat(f.sleeper.longerThan(LIMITER_MAX)).containsExactly(Duration.ofSeconds(7));
        assertThat(f.counter("frgm.tt.throttled")).isEqualTo(1);
    }

    @Test
    void retryAfterMayBeAnHttpDate() throws Exception {
        f.stub.scriptOrders(new Answer(429, Map.of("Retry-After", "Mon, 15 Jan 2024 10:40:12 GMT"), "{}"));

        assertThat(f.poller().pollOnce()).isPresent();

        List<TtStub.Request> orders = f.stub.requests("/orders");
        assertThat(orders.get(1).at()).isEqualTo(Instant.parse("2024-01-15T10:40:12Z"));
    }

    @Test
    void backsOffExponentiallyWithJitterOn5xxThenSucceeds() throws Exception {
        f.stub.scriptOrders(Answer.status(503), Answer.status(502), Answer.status(500));

        assertThat(f.poller().pollOnce()).isPresent();

        assertThat(f.stub.requests("/orders")).hasSize(4);
        List<Duration> backoffs = f.sleeper.longerThan(LIMITER_MAX);
        assertThat(backoffs).hasSize(3);
        // initial 500 ms, doubling; each wait is between half and all of its step.
        assertThat(backoffs.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(backoffs.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(backoffs.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void givesUpAfterMaxAttemptsAndWritesNothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            f.stub.scriptOrders(Answer.status(503));
        }

        assertThatThrownBy(() -> f.poller().pollOnce())
                .isInstanceOf(TtApiException.class)
                .hasMessageContaining("HTTP 503");

        assertThat(f.stub.requests("/orders")).hasSize(5);
        assertThat(f.filesInBucket()).isEmpty();
    }

    @Test
    void retriesAnIoErrorThenSucceeds() throws Exception {
        f.stub.scriptOrders(Answer.drop());

        assertThat(f.poller().pollOnce()).isPresent();

        assertThat(f.stub.requests("/orders")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(f.sleeper.longerThan(LIMITER_MAX)).hasSize(1);
    }

    @Test
    void renewsTheTokenExactlyOnceOn401ThenSucceeds() throws Exception {
        f.stub.scriptOrders(Answer.status(401));

        assertThat(f.poller().pollOnce()).isPresent();

        assertThat(f.stub.requests("/token")).hasSize(2);
        assertThat(f.stub.requests("/orders"))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a401AfterRenewingFailsThePollInsteadOfLooping() throws Exception {
        f.stub.scriptOrders(Answer.status(401), Answer.status(401));

        assertThatThrownBy(() -> f.poller().pollOnce())
                .isInstanceOf(TtApiException.class)
                .extracting(e -> ((TtApiException) e).status())
                .isEqualTo(401);

        assertThat(f.stub.requests("/token")).hasSize(2);
        assertThat(f.stub.requests("/orders")).hasSize(2);
    }

    @Test
    void renewsTheTokenBeforeItExpires() throws Exception {
        f.stub.tokenLifetimeSeconds = 600; // renewed 60 s (the margin) before expiry
        TtSnapshotPoller poller = f.poller();

        poller.pollOnce();
        f.clock.advance(Duration.ofSeconds(500));
        poller.pollOnce();
        assertThat(f.stub.requests("/token")).hasSize(1);

        f.clock.advance(Duration.ofSeconds(45)); // 545 s: inside the margin, still valid at TT
        poller.pollOnce();

        assertThat(f.stub.requests("/token")).hasSize(2);
        assertThat(f.stub.requests("/orders"))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void tokenEndpointFailuresAreRetriedToo() throws Exception {
        f.stub.scriptToken(new Answer(429, Map.of("Retry-After", "2"), "{}"), Answer.status(500));

        assertThat(f.poller().pollOnce()).isPresent();

        assertThat(f.stub.requests("/token")).hasSize(3);
    }
}
