package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.operations.OperatorActionRecordedEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.Disposable;

/**
 * Access control end to end (ADR 0021), one route of each class: without credentials a 401
 * problem (a page: the sign-in page); a viewer on an operator route a 403; the right role the
 * normal answer; nobody reaches the environment, configuration, heap dump or shutdown. The
 * browser's session: sign-in form, CSRF token, a cross-site POST refused. The per-user caps and
 * the record of operator actions.
 */
class SecurityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGN_IN_REQUIRED = "/problems/sign-in-required";

    @TempDir
    static Path dataDir;

    static RunningApp app;

    @BeforeAll
    static void start() {
        // Forwarded headers believed, as behind the AWS load balancer (infra's dashboard task).
        app = RunningApp.start(
                dataDir,
                "--frgm.security.limits.streams=2",
                "--frgm.security.limits.retry-after=7s",
                "--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static WebTestClient anonymous() {
        return WebTestClient.bindToServer()
                .baseUrl(app.baseUrl())
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    private static WebTestClient as(String user, String password) {
        return anonymous()
                .mutate()
                .defaultHeaders(headers -> headers.setBasicAuth(user, password))
                .build();
    }

    private static WebTestClient viewer() {
        return as(RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD);
    }

    private static WebTestClient operator() {
        return as(RunningApp.OPERATOR, RunningApp.OPERATOR_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/feeds",
                "/api/ladder/ZNH24/stream",
                "/api/audit/state?at=2024-01-15T10:00:00Z",
                "/actuator/health",
                "/actuator/deadletters/history-market",
                "/actuator/metrics",
                "/api/operations/log"
            })
    void withoutCredentialsAnApiStreamOrActuatorRouteIsA401Problem(String path) {
        anonymous()
                .get()
                .uri(path)
                .accept(MediaType.ALL)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"frgm-dashboard\"")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(SIGN_IN_REQUIRED)
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    @Test
    void aBrowserScriptGetsTheProblemWithoutABasicChallenge() {
        anonymous()
                .get()
                .uri("/api/feeds")
                .header("Sec-Fetch-Mode", "cors")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void wrongCredentialsAreA401Problem() {
        as(RunningApp.VIEWER, "not-the-password")
                .get()
                .uri("/api/feeds")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(SIGN_IN_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/risk.html", "/operations.html"})
    void withoutASessionAPageSendsTheBrowserToTheSignInPage(String path) {
        anonymous()
                .get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/login");
    }

    @Test
    void theProbesTheSignInPageAndItsScriptsAreOpenAndTheProbesShowNoDetails() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            anonymous()
                    .get()
                    .uri(probe)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP")
                    .jsonPath("$.components")
                    .doesNotExist()
                    .jsonPath("$.details")
                    .doesNotExist();
        }
        anonymous()
                .get()
                .uri("/login")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        anonymous().get().uri("/login.js").exchange().expectStatus().isOk();
        anonymous()
                .get()
                .uri("/login/options")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.form")
                .isEqualTo(true)
                .jsonPath("$.providers")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/audit/state?at=2024-01-15T10:00:00Z",
                "/actuator/deadletters/history-market",
                "/actuator/metrics/frgm.risk.breaches",
                "/actuator/health/db",
                "/api/operations/log",
                "/operations.html",
                "/actuator"
            })
    void aViewerOnAnOperatorRouteIsA403Problem(String path) {
        viewer().get()
                .uri(path)
                .accept(MediaType.ALL)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/forbidden");
    }

    @Test
    void aViewerCannotRetryDeadLetters() {
        viewer().post()
                .uri("/actuator/deadletters/history-market")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/env",
                "/actuator/env/spring.datasource.password",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/shutdown",
                "/actuator/beans",
                "/actuator/mappings"
            })
    void nobodyReachesSecretsOrTheProcessNorAnyRouteWithoutARule(String path) {
        operator().get().uri(path).exchange().expectStatus().isForbidden();
        operator().post().uri(path).exchange().expectStatus().isForbidden();
    }

    @Test
    void aViewerReadsThePagesTheApisAndTheStreamsAndTheHealthWithoutDetails() {
        viewer().get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        viewer().get().uri("/ladder.js").exchange().expectStatus().isOk();
        viewer().get().uri("/api/feeds").exchange().expectStatus().isOk();
        viewer().get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo(RunningApp.VIEWER)
                .jsonPath("$.roles[0]")
                .isEqualTo("viewer")
                .jsonPath("$.roles.length()")
                .isEqualTo(1);
        List<String> events = new CopyOnWriteArrayList<>();
        Disposable stream = app.http(RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD)
                .get()
                .uri("/api/risk/limits/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(String.class)
                .subscribe(events::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty());
        } finally {
            stream.dispose();
        }
        viewer().get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .exists()
                .jsonPath("$.components")
                .doesNotExist();
    }

    @Test
    void anOperatorSeesHealthDetailsMetricsDeadLettersAndPointInTime() {
        operator()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.db")
                .exists();
        operator()
                .get()
                .uri("/actuator/metrics/frgm.risk.breaches")
                .exchange()
                .expectStatus()
                .isOk();
        operator()
                .get()
                .uri("/actuator/deadletters/history-market")
                .exchange()
                .expectStatus()
                .isOk();
        operator()
                .get()
                .uri("/api/audit/state?at=2024-01-15T10:00:00Z")
                .exchange()
                .expectStatus()
                .isOk();
        operator()
                .get()
                .uri("/api/me")
                .exchange()
                .expectBody()
                .jsonPath("$.roles")
                .value(roles -> assertThat(roles).asList().containsExactly("operator", "viewer"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        anonymous()
                .get()
                .uri("/login")
                .exchange()
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp)
                                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                                .doesNotContain("unsafe-inline"));
    }

    /** HSTS only where the browser came over TLS: here the load balancer's; TlsIT has server.ssl's. */
    @Test
    void hstsOnlyOnRequestsTheLoadBalancerReceivedOverHttps() {
        anonymous().get().uri("/login").exchange().expectHeader().doesNotExist("Strict-Transport-Security");
        anonymous()
                .get()
                .uri("/login")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectHeader()
                .value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aBrowserSignsInWithTheFormAndItsPostsNeedTheCsrfToken() {
        EntityExchangeResult<byte[]> page =
                anonymous().get().uri("/login").exchange().expectBody().returnResult();
        ResponseCookie csrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).as("the CSRF cookie of the sign-in page").isNotNull();
        assertThat(csrf.isHttpOnly()).as("readable by the page's scripts").isFalse();
        assertThat(csrf.getSameSite()).isEqualTo("Strict");

        anonymous()
                .post()
                .uri("/login")
                .cookie("XSRF-TOKEN", csrf.getValue())
                .body(BodyInserters.fromFormData(form(RunningApp.OPERATOR, RunningApp.OPERATOR_PASSWORD, null)))
                .exchange()
                .expectStatus()
                .isForbidden();

        EntityExchangeResult<byte[]> signedIn = anonymous()
                .post()
                .uri("/login")
                .cookie("XSRF-TOKEN", csrf.getValue())
                .body(BodyInserters.fromFormData(
                        form(RunningApp.OPERATOR, RunningApp.OPERATOR_PASSWORD, csrf.getValue())))
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .returnResult();
        ResponseCookie session = signedIn.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        WebTestClient browser = anonymous()
                .mutate()
                .defaultCookie("SESSION", session.getValue())
                .defaultCookie("XSRF-TOKEN", csrf.getValue())
                .build();
        browser.get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo(RunningApp.OPERATOR);
        // Another site's form, with the browser's cookies but without the token.
        browser.post()
                .uri("/actuator/deadletters/history-market")
                .header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/csrf-refused");
        browser.post()
                .uri("/actuator/deadletters/history-market")
                .header("X-XSRF-TOKEN", csrf.getValue())
                .header("Sec-Fetch-Site", "same-origin")
                .exchange()
                .expectStatus()
                .isOk();

        browser.post()
                .uri("/logout")
                .body(BodyInserters.fromFormData("_csrf", csrf.getValue()))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/login?signed-out");
        browser.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void basicCredentialsABrowserSendsFromAnotherSiteStillNeedTheToken() {
        operator()
                .post()
                .uri("/actuator/deadletters/history-market")
                .header("Sec-Fetch-Site", "cross-site")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void beyondItsStreamCapAUserGetsA429WithRetryAfterAndOthersDoNot() {
        List<String> events = new CopyOnWriteArrayList<>();
        List<Disposable> open = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                int before = events.size();
                open.add(app.http(RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD)
                        .get()
                        .uri("/api/risk/limits/stream")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .retrieve()
                        .bodyToFlux(String.class)
                        .subscribe(events::add));
                await().atMost(Duration.ofSeconds(10)).until(() -> events.size() > before);
            }
            viewer().get()
                    .uri("/api/risk/limits/stream")
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader()
                    .valueEquals(HttpHeaders.RETRY_AFTER, "7")
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("/problems/too-many");
            operator().get().uri("/api/risk/limits").exchange().expectStatus().isOk();
            open.remove(0).dispose();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> viewer().get()
                            .uri("/api/feeds")
                            .exchange()
                            .expectStatus()
                            .isOk());
            int before = events.size();
            open.add(app.http(RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD)
                    .get()
                    .uri("/api/risk/limits/stream")
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(String.class)
                    .subscribe(events::add));
            await().atMost(Duration.ofSeconds(10)).until(() -> events.size() > before);
        } finally {
            open.forEach(Disposable::dispose);
        }
    }

    @Test
    void operatorActionsAreEventsListedInTheOperationsLog() throws Exception {
        long before = app.eventsOfType(OperatorActionRecordedEvent.class);
        operator()
                .post()
                .uri("/actuator/deadletters/history-orders")
                .exchange()
                .expectStatus()
                .isOk();
        operator()
                .get()
                .uri("/api/audit/state?at=bad")
                .exchange()
                .expectStatus()
                .isBadRequest();
        viewer().get()
                .uri("/api/audit/state?at=2024-01-15T10:00:00Z")
                .exchange()
                .expectStatus()
                .isForbidden();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> app.eventsOfType(OperatorActionRecordedEvent.class) == before + 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode log = JSON.readTree(operator()
                    .get()
                    .uri("/api/operations/log")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .returnResult()
                    .getResponseBody());
            JsonNode retried = find(log, "dead-letters-retried", "history-orders");
            assertThat(retried).as("the retry in %s", log).isNotNull();
            assertThat(retried.path("operator").asText()).isEqualTo(RunningApp.OPERATOR);
            assertThat(retried.path("outcome").asText()).isEqualTo("succeeded (200)");
            JsonNode replay = find(log, "replay-run", "state?at=bad");
            assertThat(replay).as("the refused replay in %s", log).isNotNull();
            assertThat(replay.path("outcome").asText()).isEqualTo("refused (400)");
        });
        assertThat(app.eventsOfType(OperatorActionRecordedEvent.class)).isEqualTo(before + 2);
    }

    private static JsonNode find(JsonNode log, String action, String target) {
        for (JsonNode entry : log.path("actions")) {
            if (entry.path("action").asText().equals(action)
                    && entry.path("target").asText().equals(target)) {
                return entry;
            }
        }
        return null;
    }

    private static MultiValueMap<String, String> form(String user, String password, String csrf) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        return form;
    }
}
