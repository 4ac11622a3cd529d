package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * An order that drops out of one TT snapshot and comes back in a later one the same day: its
 * fills count once, and while it is gone with quantity open the ladder's position says it may be
 * incomplete.
 */
class VanishingOrderIT {

    private static final String DAY = "working-orders/2024/01/17/";
    private static final long T0 = 1705482000L; // 2024-01-17T09:00:00Z

    @TempDir
    Path dataDir;

    @Test
    void anOrderThatComesBackCountsItsFillsOnceAndTheGapIsShown() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            WebClient http = app.http();
            snapshot(app, T0, order(4));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode view = get(http, "/api/orders/ZNM24");
                assertThat(view.path("position").asLong()).isEqualTo(4);
                assertThat(view.path("positionMayBeIncomplete").asBoolean()).isFalse();
            });

            snapshot(app, T0 + 30, "");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode view = get(http, "/api/orders/ZNM24");
                assertThat(view.path("orders")).isEmpty();
                assertThat(view.path("position").asLong()).isEqualTo(4);
                assertThat(view.path("positionMayBeIncomplete").asBoolean()).isTrue();
                assertThat(get(http, "/api/live-positions?account=FRGM09")
                                .path("positions")
                                .get(0)
                                .path("mayBeIncomplete")
                                .asBoolean())
                        .isTrue();
            });

            snapshot(app, T0 + 60, order(6));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode view = get(http, "/api/orders/ZNM24");
                assertThat(view.path("orders")).hasSize(1);
                assertThat(view.path("position").asLong()).isEqualTo(6);
                assertThat(view.path("positionMayBeIncomplete").asBoolean()).isFalse();
            });
            assertThat(app.eventsOfType(OrderFilledEvent.class)).isEqualTo(2); // 4, then 2 more
        }
    }

    private static String order(long filled) {
        return """
                {"order_id": "990001", "account": "FRGM09", "instrument": "ZNM24", "side": "BUY",
                 "price": 111.5, "qty": 10, "filled_qty": %d, "status": "WORKING"}""".formatted(filled);
    }

    private static void snapshot(RunningApp app, long at, String orders) throws Exception {
        String key = DAY + "orders_snapshot_" + at + ".json";
        app.dropText(RunningApp.TT_BUCKET, key, "[" + orders + "]");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(RunningApp.TT_BUCKET, key)));
    }

    private static JsonNode get(WebClient http, String uri) {
        return http.get().uri(uri).retrieve().bodyToMono(JsonNode.class).block();
    }
}
