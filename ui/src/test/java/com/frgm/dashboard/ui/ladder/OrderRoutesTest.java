package com.frgm.dashboard.ui.ladder;

import static org.mockito.Mockito.doReturn;

import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.ui.SystemClock;
import com.frgm.dashboard.ui.history.HistoryController;
import com.frgm.dashboard.ui.query.Queries;
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

/** {@code /api/orders/{instrument}} and {@code /api/orders/{orderId}/history} live side by side. */
@WebFluxTest({OrdersController.class, HistoryController.class})
@Import({Queries.class, SystemClock.class})
class OrderRoutesTest {

    @MockitoBean(answers = Answers.CALLS_REAL_METHODS)
    private ReactorQueryGateway queryGateway;

    @Autowired
    private WebTestClient client;

    @Test
    void anOrdersHistoryAndAnInstrumentsOrdersGoToTheirOwnHandlers() {
        doReturn(Mono.just(new InstrumentOrdersView("history", List.of(), List.of(), 3L, false)))
                .when(queryGateway)
                .query(new FetchInstrumentOrdersQuery("history"), InstrumentOrdersView.class);
        doReturn(Mono.just(new HistoryPage(List.of(Map.of("order_id", "stream")), null)))
                .when(queryGateway)
                .query(new FetchOrderHistoryQuery("stream", 100, null), HistoryPage.class);

        client.get()
                .uri("/api/orders/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.position")
                .isEqualTo(3);
        client.get()
                .uri("/api/orders/stream/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].order_id")
                .isEqualTo("stream");
    }
}
