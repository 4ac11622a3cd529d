package com.frgm.dashboard.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.risk.FetchRiskLimitsQuery;
import com.frgm.dashboard.api.risk.FetchRiskQuery;
import com.frgm.dashboard.api.risk.RiskLimitsView;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.ui.live.LiveViews;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Duration;
import java.util.List;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The risk endpoints ask through the query wrapper, check names first, and stream only changed views. */
@WebFluxTest(RiskController.class)
@Import({Queries.class, LiveViews.class})
class RiskControllerTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void answersOneAccountsRisk() {
        doReturn(Mono.just(new RiskView(null, null, 4, List.of())))
                .when(queryGateway)
                .query(new FetchRiskQuery("RISK01"), RiskView.class);

        client.get()
                .uri("/api/risk?account=RISK01")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.eventSequence")
                .isEqualTo(4)
                .jsonPath("$.accounts")
                .isEmpty();
    }

    @Test
    void refusesAMalformedAccountOnEveryEndpoint() {
        for (String path : List.of("/api/risk", "/api/risk/positions", "/api/risk/pnl", "/api/risk/stream")) {
            ProblemResponses.assertProblem(
                            client.get().uri(path + "?account=RISK%0A01").exchange(),
                            HttpStatus.BAD_REQUEST,
                            "/problems/bad-parameter",
                            "Bad parameter",
                            path)
                    .jsonPath("$.parameter")
                    .isEqualTo("account")
                    .jsonPath("$.detail")
                    .value(m -> assertThat((String) m).contains("1 to 64"));
        }
        verifyNoInteractions(queryGateway);
    }

    @Test
    void streamsTheLimitsOnceUntilTheyChange() {
        RiskLimitsView none = new RiskLimitsView(List.of(), List.of());
        doReturn(Mono.just(none)).when(queryGateway).query(new FetchRiskLimitsQuery(), RiskLimitsView.class);

        StepVerifier.create(client.get()
                        .uri("/api/risk/limits/stream")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .returnResult(new ParameterizedTypeReference<ServerSentEvent<RiskLimitsView>>() {})
                        .getResponseBody())
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("limits");
                    assertThat(event.data()).isEqualTo(none);
                })
                .expectNoEvent(Duration.ofSeconds(2))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }
}
