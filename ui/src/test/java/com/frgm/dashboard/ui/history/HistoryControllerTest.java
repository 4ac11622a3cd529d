package com.frgm.dashboard.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.RefusedParameter;
import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.FetchPositionHistoryQuery;
import com.frgm.dashboard.api.history.FetchQuoteHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.ui.SystemClock;
import com.frgm.dashboard.ui.problem.ProblemResponses;
import com.frgm.dashboard.ui.query.Queries;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.core.publisher.Mono;

@WebFluxTest(HistoryController.class)
@Import({Queries.class, SystemClock.class})
class HistoryControllerTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    private static final HistoryPage PAGE = new HistoryPage(
            List.of(Map.of("instrument_id", "ZNH24", "timestamp", new BigDecimal("1705315178000"))), "abc");

    @Test
    void answersQuotesOfATimeRangeWithTheNextCursor() {
        doReturn(Mono.just(PAGE))
                .when(queryGateway)
                .query(
                        new FetchQuoteHistoryQuery(
                                "ZNH24",
                                Instant.parse("2024-01-15T10:00:00Z"),
                                Instant.parse("2024-01-15T11:00:00Z"),
                                5,
                                "xyz"),
                        HistoryPage.class);

        client.get()
                .uri("/api/history/ZNH24?from=2024-01-15T10:00:00Z&to=2024-01-15T11:00:00Z&limit=5&cursor=xyz")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].timestamp")
                .isEqualTo(1705315178000L)
                .jsonPath("$.next")
                .isEqualTo("abc");
    }

    @Test
    void refusesBadParametersNamingTheParameter() {
        expect400(
                "/api/history/ZNH24?from=yesterday", "/api/history/ZNH24", "from", "from must be an ISO-8601 instant");
        expect400(
                "/api/history/ZNH24?from=2024-01-15T11:00:00Z&to=2024-01-15T10:00:00Z",
                "/api/history/ZNH24",
                "from",
                "is after to");
        expect400(
                "/api/history/ZNH24?limit=0",
                "/api/history/ZNH24",
                "limit",
                "limit must be a whole number from 1 to 1000");
        expect400("/api/history/ZNH24?cursor=%7B%7D", "/api/history/ZNH24", "cursor", "cursor must be");
        expect400Sending("/api/history/{instrument}", "ZN;H24", "instrument", "instrument must be 1 to 64 characters");
        expect400("/api/positions/FRGM01", "/api/positions/FRGM01", "date", "date is required");
        expect400(
                "/api/positions/FRGM01?date=15.01.2024",
                "/api/positions/FRGM01",
                "date",
                "date must be a business date");
        expect400Sending("/api/orders/{orderId}/history", "9*07", "orderId", "orderId must be 1 to 64 characters");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void refusesOutOfRangeAndOversizedValuesAtOnce() {
        String name65 = "A".repeat(65);
        // Java reads such years; the query side would overflow epoch milliseconds on them (a 500).
        expect400Sending(
                "/api/history/ZNH24?from={from}",
                "+999999999-01-01T00:00:00Z",
                "from",
                "from must lie in the years 0001 to 9999");
        expect400Sending(
                "/api/history/ZNH24?to={to}", "+10000-01-01T00:00:00Z", "to", "to must lie in the years 0001 to 9999");
        expect400(
                "/api/history/ZNH24?limit=99999999999999999999",
                "/api/history/ZNH24",
                "limit",
                "limit must be a whole number from 1 to 1000");
        expect400(
                "/api/history/ZNH24?limit=1001",
                "/api/history/ZNH24",
                "limit",
                "limit must be a whole number from 1 to 1000");
        expect400("/api/history/ZNH24?cursor=" + "A".repeat(2049), "/api/history/ZNH24", "cursor", "cursor must be");
        expect400("/api/history/" + name65, "/api/history/" + name65, "instrument", "1 to 64 characters");
        expect400(
                "/api/positions/" + name65 + "?date=2024-01-15",
                "/api/positions/" + name65,
                "account",
                "1 to 64 characters");
        expect400Sending(
                "/api/positions/FRGM01?date={date}",
                "+999999999-12-31",
                "date",
                "date must lie in the years 0001 to 9999");
        expect400(
                "/api/orders/" + name65 + "/history",
                "/api/orders/" + name65 + "/history",
                "orderId",
                "1 to 64 characters");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void refusesACursorTheQuerySideNeverHandedOut() {
        String detail = "cursor is not a 'next' value from an earlier page";
        doReturn(Mono.error(new QueryExecutionException(detail, null, new RefusedParameter("cursor", detail))))
                .when(queryGateway)
                .query(any(FetchOrderHistoryQuery.class), any(Class.class));

        expect400("/api/orders/907000/history?cursor=bm9wZQ", "/api/orders/907000/history", "cursor", detail);
    }

    /** Errors are told apart by type: a message that merely starts like a refusal is a server failure. */
    @Test
    void aQuerySideFailureThatOnlyReadsLikeARefusalIsAServerError() {
        doReturn(Mono.error(new IllegalArgumentException("cursor column missing in table")))
                .when(queryGateway)
                .query(any(FetchOrderHistoryQuery.class), any(Class.class));

        ProblemResponses.assertProblem(
                        client.get().uri("/api/orders/907000/history").exchange(),
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "about:blank",
                        "Internal Server Error",
                        "/api/orders/907000/history")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("cursor"));
    }

    @Test
    void answersPositionsAndOrderHistory() {
        doReturn(Mono.just(PAGE))
                .when(queryGateway)
                .query(
                        new FetchPositionHistoryQuery("FRGM01", LocalDate.of(2024, 1, 15), 100, null),
                        HistoryPage.class);
        doReturn(Mono.just(PAGE))
                .when(queryGateway)
                .query(new FetchOrderHistoryQuery("907000", 100, null), HistoryPage.class);

        client.get()
                .uri("/api/positions/FRGM01?date=2024-01-15")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.next")
                .isEqualTo("abc");
        client.get()
                .uri("/api/orders/907000/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].instrument_id")
                .isEqualTo("ZNH24");
    }

    private void expect400(String uri, String instance, String parameter, String detail) {
        ProblemResponses.assertBadParameter(client.get().uri(uri).exchange(), instance, parameter, detail);
    }

    /** For values that must be sent encoded, as a URI variable; the instance is the encoded path. */
    private void expect400Sending(String template, String value, String parameter, String detail) {
        URI uri = new DefaultUriBuilderFactory().expand(template, value);
        ProblemResponses.assertBadParameter(client.get().uri(uri).exchange(), uri.getRawPath(), parameter, detail);
    }
}
