package com.frgm.dashboard.ui.audit;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Instant;
import java.util.List;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** {@code /api/audit/state}: a bad {@code at} or instrument is a 400 before any replay starts. */
@WebFluxTest(AuditController.class)
@Import(Queries.class)
class AuditControllerTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void replaysUpToAValidInstant() {
        Instant at = Instant.parse("2024-01-15T10:40:00Z");
        doReturn(Mono.just(view(at, ReplayClock.DESK)))
                .when(queryGateway)
                .query(new FetchStateAtQuery(at, "ZNH24"), StateAtView.class);

        client.get()
                .uri("/api/audit/state?at=2024-01-15T10:40:00Z&instrument=ZNH24")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.lastGlobalIndex")
                .isEqualTo(7)
                .jsonPath("$.clock")
                .isEqualTo("DESK");
    }

    @Test
    void asksOnTheFeedsClockForAFeedTime() {
        Instant at = Instant.parse("2024-01-15T10:40:00Z");
        doReturn(Mono.just(view(at, ReplayClock.FEED)))
                .when(queryGateway)
                .query(new FetchStateAtQuery(at, null, ReplayClock.FEED), StateAtView.class);

        client.get()
                .uri("/api/audit/state?feedTime=2024-01-15T10:40:00Z")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.clock")
                .isEqualTo("FEED");
    }

    @Test
    void refusesBothClocksOrNeither() {
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri("/api/audit/state?at=2024-01-15T10:40:00Z&feedTime=2024-01-15T10:40:00Z")
                        .exchange(),
                "/api/audit/state",
                "feedTime",
                "exactly one of at");
        verifyNoInteractions(queryGateway);
    }

    private static StateAtView view(Instant at, ReplayClock clock) {
        return new StateAtView(
                at,
                "ZNH24",
                clock,
                7,
                7,
                List.of(),
                List.of(),
                new LivePositionsView(null, List.of()),
                List.of(),
                List.of(),
                0);
    }

    @Test
    void refusesAnAtBeyondFourDigitYearsOrUnreadableAndALongInstrument() {
        expect400("+999999999-12-31T23:59:59Z", null, "at", "at must lie in the years 0001 to 9999");
        expect400("-000001-01-01T00:00:00Z", null, "at", "at must lie in the years 0001 to 9999");
        expect400("9".repeat(3000), null, "at", "at must be an ISO-8601 instant");
        expect400("2024-01-15T10:40:00Z", "A".repeat(65), "instrument", "1 to 64 characters");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void refusesAMissingAtNamingIt() {
        ProblemResponses.assertBadParameter(
                client.get().uri("/api/audit/state").exchange(), "/api/audit/state", "at", "exactly one of at");
        verifyNoInteractions(queryGateway);
    }

    private void expect400(String at, String instrument, String parameter, String detail) {
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri(
                                instrument == null
                                        ? "/api/audit/state?at={at}"
                                        : "/api/audit/state?at={at}&instrument={i}",
                                at,
                                instrument)
                        .exchange(),
                "/api/audit/state",
                parameter,
                detail);
    }
}
