package com.frgm.dashboard.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.TooBusy;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.api.replay.FetchReplayMarksQuery;
import com.frgm.dashboard.api.replay.FetchStateDiffQuery;
import com.frgm.dashboard.api.replay.QuoteChange;
import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.api.replay.ReplayMark;
import com.frgm.dashboard.api.replay.ReplayMarksView;
import com.frgm.dashboard.api.replay.ReplaySpeed;
import com.frgm.dashboard.api.replay.StateDiffView;
import com.frgm.dashboard.api.replay.StreamReplayQuery;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.queryhandling.QueryExecutionException;
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

/** {@code /api/replay/**}: the frames as server-sent events in order, the refusals as problems. */
@WebFluxTest(ReplayController.class)
@Import(Queries.class)
class ReplayControllerTest {

    private static final Instant FROM = Instant.parse("2024-01-15T10:00:00Z");
    private static final Instant TO = Instant.parse("2024-01-15T10:05:00Z");
    private static final String WINDOW = "from=2024-01-15T10:00:00Z&to=2024-01-15T10:05:00Z";

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void streamsEveryFrameInOrderNamedByItsKindAndEndsWithTheLast() {
        StreamReplayQuery query = new StreamReplayQuery(FROM, TO, ReplaySpeed.X10, ReplayClock.FEED, "ZNH24");
        doReturn(Flux.just(
                        frame("start", FROM, 3),
                        frame("file", FROM.plusSeconds(1), 5),
                        frame("file", FROM.plusSeconds(2), 9),
                        frame("end", TO, 9)))
                .when(queryGateway)
                .streamingQuery(query, ReplayFrame.class);

        List<ServerSentEvent<ReplayFrame>> events = client.get()
                .uri("/api/replay/stream?" + WINDOW + "&speed=10&clock=feed&instrument=ZNH24")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ReplayFrame>>() {})
                .getResponseBody()
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(events).extracting(ServerSentEvent::event).containsExactly("start", "file", "file", "end");
        assertThat(events).extracting(ServerSentEvent::id).containsExactly("3", "5", "9", "9");
        assertThat(events.get(3).data().at()).isEqualTo(TO);
    }

    @Test
    void cancelsTheReplayWhenTheClientGoes() {
        AtomicBoolean cancelled = new AtomicBoolean();
        StreamReplayQuery query = new StreamReplayQuery(FROM, TO, ReplaySpeed.X1, ReplayClock.DESK, null);
        doReturn(Flux.concat(Flux.just(frame("start", FROM, 1)), Flux.<ReplayFrame>never())
                        .doOnCancel(() -> cancelled.set(true)))
                .when(queryGateway)
                .streamingQuery(query, ReplayFrame.class);

        client.get()
                .uri("/api/replay/stream?" + WINDOW)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ReplayFrame>>() {})
                .getResponseBody()
                .take(1)
                .blockLast(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(5)).untilTrue(cancelled);
    }

    @Test
    void answersAFullReplayPoolWithATooBusyProblemInsteadOfAStream() {
        StreamReplayQuery query = new StreamReplayQuery(FROM, TO, ReplaySpeed.FILE, ReplayClock.DESK, null);
        doReturn(Flux.error(new QueryExecutionException("busy", null, new TooBusy("1 replays are running", 5))))
                .when(queryGateway)
                .streamingQuery(query, ReplayFrame.class);

        ProblemResponses.assertProblem(
                client.get()
                        .uri("/api/replay/stream?" + WINDOW + "&speed=file")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange()
                        .expectHeader()
                        .valueEquals("Retry-After", "5"),
                HttpStatus.SERVICE_UNAVAILABLE,
                "/problems/too-busy",
                "Too busy",
                "/api/replay/stream");
    }

    @Test
    void refusesABadWindowSpeedOrClockNamingTheParameter() {
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri("/api/replay/stream?from=2024-01-15T10:05:00Z&to=2024-01-15T10:00:00Z")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange(),
                "/api/replay/stream",
                "to",
                "must be after from");
        ProblemResponses.assertBadParameter(
                client.get()
                        .uri("/api/replay/stream?" + WINDOW + "&speed=2")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange(),
                "/api/replay/stream",
                "speed",
                "1, 10, 100 or file");
        ProblemResponses.assertBadParameter(
                client.get().uri("/api/replay/marks?" + WINDOW + "&clock=wall").exchange(),
                "/api/replay/marks",
                "clock",
                "desk");
        ProblemResponses.assertBadParameter(
                client.get().uri("/api/replay/diff?a=2024-01-15T10:00:00Z").exchange(),
                "/api/replay/diff",
                "b",
                "required");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void answersTheMarksOfTheWindow() {
        doReturn(Mono.just(new ReplayMarksView(
                        FROM,
                        TO,
                        ReplayClock.DESK,
                        List.of(new ReplayMark(
                                "reject", FROM.plusSeconds(4), 12, "market-data", "GE_XCME.ZN", "bad.csv", "line 2")),
                        false)))
                .when(queryGateway)
                .query(new FetchReplayMarksQuery(FROM, TO, ReplayClock.DESK), ReplayMarksView.class);

        client.get()
                .uri("/api/replay/marks?" + WINDOW)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.marks[0].kind")
                .isEqualTo("reject")
                .jsonPath("$.marks[0].fileKey")
                .isEqualTo("bad.csv")
                .jsonPath("$.truncated")
                .isEqualTo(false);
    }

    @Test
    void answersTheDiffOfTwoInstants() {
        doReturn(Mono.just(new StateDiffView(
                        FROM,
                        TO,
                        ReplayClock.DESK,
                        "ZNH24",
                        3,
                        9,
                        List.of(new QuoteChange("ZNH24", new BigDecimal("112.5"), 204L, 210L, null, null)),
                        List.of(),
                        List.of())))
                .when(queryGateway)
                .query(new FetchStateDiffQuery(FROM, TO, ReplayClock.DESK, "ZNH24"), StateDiffView.class);

        client.get()
                .uri("/api/replay/diff?a=2024-01-15T10:00:00Z&b=2024-01-15T10:05:00Z&instrument=ZNH24")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.quotes[0].price")
                .isEqualTo(112.5)
                .jsonPath("$.quotes[0].bidSizeB")
                .isEqualTo(210);
    }

    private static ReplayFrame frame(String kind, Instant at, long index) {
        return new ReplayFrame(
                kind, at, index, null, 1, List.of(), List.of(), new LivePositionsView(null, List.of()), List.of());
    }
}
