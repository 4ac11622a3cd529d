package com.frgm.dashboard.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import com.frgm.dashboard.api.TooBusy;
import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import com.frgm.dashboard.api.projections.FetchProjectionQuery;
import com.frgm.dashboard.api.projections.ProjectionRefusal;
import com.frgm.dashboard.api.projections.ProjectionView;
import com.frgm.dashboard.api.projections.StartRebuildCommand;
import com.frgm.dashboard.ui.SystemClock;
import com.frgm.dashboard.ui.ladder.LadderStreams;
import com.frgm.dashboard.ui.live.LiveViews;
import com.frgm.dashboard.ui.query.Commands;
import com.frgm.dashboard.ui.query.Queries;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** Failures that no endpoint names answer in the same problem shape as the endpoints' refusals. */
@WebFluxTest(properties = "spring.main.allow-bean-definition-overriding=true")
@Import({
    Queries.class,
    Commands.class,
    LiveViews.class,
    LadderStreams.class,
    SystemClock.class,
    ApiErrorsTest.FailingFilter.class
})
class ApiErrorsTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @MockitoBean
    private ReactorCommandGateway commandGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void anUnknownPathIsANotFoundProblem() {
        ProblemResponses.assertProblem(
                client.get().uri("/api/nothing-here").exchange(),
                HttpStatus.NOT_FOUND,
                "about:blank",
                "Not Found",
                "/api/nothing-here");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblemThatListsTheAllowedOnes() {
        ProblemResponses.assertProblem(
                client.post().uri("/api/feeds").exchange(),
                HttpStatus.METHOD_NOT_ALLOWED,
                "about:blank",
                "Method Not Allowed",
                "/api/feeds");
        client.post().uri("/api/feeds").exchange().expectHeader().valueEquals("Allow", "GET");
    }

    @Test
    void aJsonEndpointAskedForHtmlOnlyIsANotAcceptableProblem() {
        ProblemResponses.assertProblem(
                client.get().uri("/api/feeds").accept(MediaType.TEXT_HTML).exchange(),
                HttpStatus.NOT_ACCEPTABLE,
                "about:blank",
                "Not Acceptable",
                "/api/feeds");
    }

    @Test
    void aFailingQueryIsAServerErrorProblemThatKeepsItsCauseToTheLog() {
        doReturn(Mono.error(new IllegalStateException("jdbc:postgresql://db:5432 refused")))
                .when(queryGateway)
                .query(new FetchFeedHealthQuery(), FeedHealthView.class);

        ProblemResponses.assertProblem(
                        client.get().uri("/api/feeds").exchange(),
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "about:blank",
                        "Internal Server Error",
                        "/api/feeds")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("postgresql"));
    }

    @Test
    void aHandlerAtItsCapIsAServiceUnavailableProblemWithARetryHint() {
        doReturn(Mono.error(new QueryExecutionException("busy", null, new TooBusy("2 replays are running", 5))))
                .when(queryGateway)
                .query(new FetchFeedHealthQuery(), FeedHealthView.class);

        ProblemResponses.assertProblem(
                        client.get().uri("/api/feeds").exchange(),
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "/problems/too-busy",
                        "Too busy",
                        "/api/feeds")
                .jsonPath("$.detail")
                .isEqualTo("2 replays are running");
        client.get().uri("/api/feeds").exchange().expectHeader().valueEquals("Retry-After", "5");
    }

    @Test
    void anUnknownProjectionIsANotFoundProblemNamingIt() {
        ProjectionRefusal unknown =
                new ProjectionRefusal(ProjectionRefusal.Reason.UNKNOWN, "nope", "no projection named nope");
        doReturn(Mono.error(new QueryExecutionException("unknown", null, unknown)))
                .when(queryGateway)
                .query(new FetchProjectionQuery("nope"), ProjectionView.class);

        ProblemResponses.assertProblem(
                        client.get().uri("/api/projections/nope").exchange(),
                        HttpStatus.NOT_FOUND,
                        "/problems/unknown-projection",
                        "Unknown projection",
                        "/api/projections/nope")
                .jsonPath("$.projection")
                .isEqualTo("nope");
    }

    @Test
    void aSecondRebuildIsAConflictProblem() {
        ProjectionRefusal conflict = new ProjectionRefusal(
                ProjectionRefusal.Reason.CONFLICT, "ladder", "a rebuild of ladder is already running");
        doReturn(Mono.error(new CommandExecutionException("conflict", null, conflict)))
                .when(commandGateway)
                .send(new StartRebuildCommand("ladder"));

        ProblemResponses.assertProblem(
                        client.post().uri("/api/projections/ladder/rebuild").exchange(),
                        HttpStatus.CONFLICT,
                        "/problems/rebuild-conflict",
                        "Rebuild conflict",
                        "/api/projections/ladder/rebuild")
                .jsonPath("$.detail")
                .isEqualTo("a rebuild of ladder is already running");
    }

    @Test
    void aFailureOutsideTheEndpointsIsAProblemToo() {
        ProblemResponses.assertProblem(
                client.get().uri(FailingFilter.PATH).exchange(),
                HttpStatus.INTERNAL_SERVER_ERROR,
                "about:blank",
                "Internal Server Error",
                FailingFilter.PATH);
    }

    @TestConfiguration
    static class FailingFilter {
        static final String PATH = "/api/filtered";

        @Bean
        WebFilter failingFilter() {
            return (exchange, chain) -> exchange.getRequest().getPath().value().equals(PATH)
                    ? Mono.error(new IllegalStateException("a filter broke"))
                    : chain.filter(exchange);
        }
    }
}
