package com.frgm.dashboard.ui.ladder;

import static com.frgm.dashboard.ui.ladder.LadderViews.ladder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

@WebFluxTest(LadderController.class)
@Import({Queries.class, LadderStreams.class})
class LadderControllerTest {

    private static final ParameterizedTypeReference<ServerSentEvent<LadderView>> LADDER_EVENT =
            new ParameterizedTypeReference<>() {};

    // Real default methods, so one test can follow subscriptionQuery down to the query result;
    // hence doReturn(..).when(..) everywhere, which does not call the method being stubbed.
    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void answersTheLadderAsJson() {
        doReturn(Mono.just(ladder("ZNH27", 42)))
                .when(queryGateway)
                .query(new FetchLadderQuery("ZNH27"), LadderView.class);

        client.get()
                .uri("/api/ladder/{instrument}", "ZNH27")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.instrument")
                .isEqualTo("ZNH27")
                .jsonPath("$.quoteTime")
                .isEqualTo("2027-03-01T14:30:00.125Z")
                .jsonPath("$.eventSequence")
                .isEqualTo(42)
                .jsonPath("$.levels.length()")
                .isEqualTo(3)
                .jsonPath("$.levels[0].bidSize")
                .doesNotExist()
                .jsonPath("$.levels[2].bidSize")
                .isEqualTo(40)
                // Prices leave as JSON strings of their exact decimal text, trailing zeros and all.
                .consumeWith(result -> assertThat(new String(result.getResponseBody()))
                        .contains("\"lastPrice\":\"112.50\"", "\"price\":\"112.515625\""));
    }

    @Test
    void passesInstrumentsWithSlashesAndSpacesThrough() {
        doReturn(Mono.just(ladder("CME:ZN H27/X", 1)))
                .when(queryGateway)
                .query(new FetchLadderQuery("CME:ZN H27/X"), LadderView.class);

        client.get()
                .uri("/api/ladder/{instrument}", "CME:ZN H27/X")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.instrument")
                .isEqualTo("CME:ZN H27/X");
    }

    @Test
    void answersANoQuoteYetProblemWhenThereIsNoQuoteYet() {
        doReturn(Mono.empty()).when(queryGateway).query(new FetchLadderQuery("ZNM27"), LadderView.class);

        ProblemResponses.assertProblem(
                        client.get().uri("/api/ladder/{instrument}", "ZNM27").exchange(),
                        HttpStatus.NOT_FOUND,
                        "/problems/no-quote-yet",
                        "No quote yet",
                        "/api/ladder/ZNM27")
                .jsonPath("$.detail")
                .isEqualTo("No quote yet for ZNM27.")
                .jsonPath("$.instrument")
                .isEqualTo("ZNM27");
    }

    @Test
    void answersABadParameterProblemForABadInstrument() {
        ProblemResponses.assertBadParameter(
                client.get().uri("/api/ladder/{instrument}", "ZN<script>").exchange(),
                "/api/ladder/ZN%3Cscript%3E",
                "instrument",
                "1 to 64 characters");

        verifyNoInteractions(queryGateway);
    }

    @Test
    void answersAJsonProblemForABadInstrumentOnTheStreamToo() {
        String name65 = "A".repeat(65);
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri("/api/ladder/{instrument}/stream", name65)
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange(),
                "/api/ladder/" + name65 + "/stream",
                "instrument",
                "1 to 64 characters");

        verifyNoInteractions(queryGateway);
    }

    @Test
    void answersAJsonProblemWhenTheStreamFailsBeforeItsFirstEvent() {
        doReturn(Flux.error(new IllegalStateException("query bus down")))
                .when(queryGateway)
                .subscriptionQuery(new FetchLadderQuery("ZNH27"), LadderView.class);

        ProblemResponses.assertProblem(
                        client.get()
                                .uri("/api/ladder/{instrument}/stream", "ZNH27")
                                .accept(MediaType.TEXT_EVENT_STREAM)
                                .exchange(),
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "about:blank",
                        "Internal Server Error",
                        "/api/ladder/ZNH27/stream")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("query bus"));
    }

    @Test
    void streamsTheInitialLadderThenNewerUpdatesOnly() {
        Flux<LadderView> initialThenUpdates = Flux.just(
                ladder("ZNH27", 10), ladder("ZNH27", 11), ladder("ZNH27", 11), ladder("ZNH27", 9), ladder("ZNH27", 12));
        doReturn(initialThenUpdates)
                .when(queryGateway)
                .subscriptionQuery(new FetchLadderQuery("ZNH27"), LadderView.class);

        Flux<ServerSentEvent<LadderView>> events = client.get()
                .uri("/api/ladder/{instrument}/stream", "ZNH27")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(LADDER_EVENT)
                .getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("ladder");
                    assertThat(event.id()).isEqualTo("10");
                    assertThat(event.data()).isEqualTo(ladder("ZNH27", 10));
                })
                .assertNext(event -> assertThat(event.id()).isEqualTo("11"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("12"))
                .verifyComplete();
    }

    @Test
    void cancelsTheSubscriptionQueryWhenTheClientLeaves() {
        PublisherProbe<LadderView> views =
                PublisherProbe.of(Flux.<LadderView>never().startWith(ladder("ZNH27", 1)));
        doReturn(views.flux()).when(queryGateway).subscriptionQuery(new FetchLadderQuery("ZNH27"), LadderView.class);

        StepVerifier.create(streamOf("ZNH27"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("1"))
                .thenCancel()
                .verify();

        views.assertWasCancelled();
    }

    @Test
    void closesTheAxonSubscriptionQueryWhenTheClientLeaves() {
        // No initial result (no quote yet): the gateway answers an empty Mono, the stream waits.
        AtomicBoolean closed = new AtomicBoolean();
        var result = new DefaultSubscriptionQueryResult<>(
                Mono.empty(),
                Flux.just(ladder("ZNH27", 3)).concatWith(Flux.never()),
                () -> closed.compareAndSet(false, true));
        doReturn(Mono.just(result))
                .when(queryGateway)
                .subscriptionQuery(anyString(), any(), any(), any(), any(), anyInt());

        StepVerifier.create(streamOf("ZNH27"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("3"))
                .thenCancel()
                .verify();

        assertThat(closed).isTrue();
        verify(queryGateway).subscriptionQuery(new FetchLadderQuery("ZNH27"), LadderView.class);
    }

    private Flux<ServerSentEvent<LadderView>> streamOf(String instrument) {
        return client.get()
                .uri("/api/ladder/{instrument}/stream", instrument)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(LADDER_EVENT)
                .getResponseBody();
    }
}
