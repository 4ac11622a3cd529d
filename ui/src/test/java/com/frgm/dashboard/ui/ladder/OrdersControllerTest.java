package com.frgm.dashboard.ui.ladder;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.util.List;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Orders and live positions: every name is checked before a query is sent. */
@WebFluxTest(OrdersController.class)
@Import(Queries.class)
class OrdersControllerTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void answersLivePositionsForValidNames() {
        doReturn(Mono.just(new LivePositionsView(null, List.of())))
                .when(queryGateway)
                .query(new FetchLivePositionsQuery("FRGM01", "ZNH24"), LivePositionsView.class);

        client.get()
                .uri("/api/live-positions?account=FRGM01&instrument=ZNH24")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.positions")
                .isEmpty();
    }

    @Test
    void refusesLongOrMalformedNamesOnEveryEndpointNamingTheParameter() {
        String name65 = "A".repeat(65);
        expect400("/api/live-positions?account=" + name65, "/api/live-positions", "account");
        expect400("/api/live-positions?instrument=" + name65, "/api/live-positions", "instrument");
        expect400("/api/live-positions?account=", "/api/live-positions", "account");
        expect400("/api/live-positions?account=FRGM01&instrument=ZN%0AH24", "/api/live-positions", "instrument");
        expect400("/api/orders/" + name65, "/api/orders/" + name65, "instrument");
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri("/api/orders/{instrument}/stream", name65)
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange(),
                "/api/orders/" + name65 + "/stream",
                "instrument",
                "1 to 64 characters");
        verifyNoInteractions(queryGateway);
    }

    private void expect400(String uri, String instance, String parameter) {
        ProblemResponses.assertBadParameter(
                client.get().uri(uri).exchange(), instance, parameter, "1 to 64 characters");
    }
}
