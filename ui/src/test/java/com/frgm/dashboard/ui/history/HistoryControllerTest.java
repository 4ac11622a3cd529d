package com.frgm.dashboard.ui.history;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;

import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.FetchPositionHistoryQuery;
import com.frgm.dashboard.api.history.FetchQuoteHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.ui.SystemClock;
import com.frgm.dashboard.ui.query.Queries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
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
        doReturn(Mono.just(PAGE)).when(queryGateway).query(new FetchQuoteHistoryQuery("ZNH24",
                Instant.parse("2024-01-15T10:00:00Z"), Instant.parse("2024-01-15T11:00:00Z"), 5, "xyz"), HistoryPage.class);

        client.get().uri("/api/history/ZNH24?from=2024-01-15T10:00:00Z&to=2024-01-15T11:00:00Z&limit=5&cursor=xyz")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].timestamp").isEqualTo(1705315178000L)
                .jsonPath("$.next").isEqualTo("abc");
    }

    @Test
    void refusesBadParametersSayingWhatIsWrong() {
        expect400("/api/history/ZNH24?from=yesterday", "from must be an ISO-8601 instant");
        expect400("/api/history/ZNH24?from=2024-01-15T11:00:00Z&to=2024-01-15T10:00:00Z", "is after to");
        expect400("/api/history/ZNH24?limit=0", "limit must be a whole number from 1 to 1000");
        expect400("/api/history/ZNH24?cursor=%7B%7D", "cursor must be");
        expect400("/api/history/ZN%3BH24", "instrument:");
        expect400("/api/positions/FRGM01", "date is required");
        expect400("/api/positions/FRGM01?date=15.01.2024", "date must be a business date");
        expect400("/api/orders/9%2A07/history", "orderId:");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void refusesOutOfRangeAndOversizedValuesAtOnce() {
        String name65 = "A".repeat(65);
        // Java reads such years; the query side would overflow epoch milliseconds on them (a 500).
        expect400("/api/history/ZNH24?from={from}", "+999999999-01-01T00:00:00Z", "from must lie in the years 0001 to 9999");
        expect400("/api/history/ZNH24?to={to}", "+10000-01-01T00:00:00Z", "to must lie in the years 0001 to 9999");
        expect400("/api/history/ZNH24?limit=99999999999999999999", "limit must be a whole number from 1 to 1000");
        expect400("/api/history/ZNH24?limit=1001", "limit must be a whole number from 1 to 1000");
        expect400("/api/history/ZNH24?cursor=" + "A".repeat(2049), "cursor must be");
        expect400("/api/history/" + name65, "instrument:");
        expect400("/api/positions/" + name65 + "?date=2024-01-15", "account:");
        expect400("/api/positions/FRGM01?date={date}", "+999999999-12-31", "date must lie in the years 0001 to 9999");
        expect400("/api/orders/" + name65 + "/history", "orderId:");
        verifyNoInteractions(queryGateway);
    }

    @Test
    void refusesACursorTheQuerySideNeverHandedOut() {
        doReturn(Mono.error(new IllegalArgumentException("cursor is not a 'next' value from an earlier page")))
                .when(queryGateway).query(any(FetchOrderHistoryQuery.class), any(Class.class));

        expect400("/api/orders/907000/history?cursor=bm9wZQ", "cursor is not");
    }

    @Test
    void answersPositionsAndOrderHistory() {
        doReturn(Mono.just(PAGE)).when(queryGateway).query(
                new FetchPositionHistoryQuery("FRGM01", LocalDate.of(2024, 1, 15), 100, null), HistoryPage.class);
        doReturn(Mono.just(PAGE)).when(queryGateway).query(
                new FetchOrderHistoryQuery("907000", 100, null), HistoryPage.class);

        client.get().uri("/api/positions/FRGM01?date=2024-01-15").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.next").isEqualTo("abc");
        client.get().uri("/api/orders/907000/history").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].instrument_id").isEqualTo("ZNH24");
    }

    private void expect400(String uri, String message) {
        expect400(uri, new Object[0], message);
    }

    private void expect400(String template, String value, String message) {
        expect400(template, new Object[] {value}, message);
    }

    private void expect400(String uri, Object[] variables, String message) {
        client.get().uri(uri, variables).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m)
                        .contains(message));
    }
}
