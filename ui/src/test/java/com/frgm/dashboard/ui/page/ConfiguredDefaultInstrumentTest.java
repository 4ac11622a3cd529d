package com.frgm.dashboard.ui.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = UiConfigController.class, properties = "frgm.ui.default-instrument=ZNM27")
class ConfiguredDefaultInstrumentTest {

    @Autowired
    private WebTestClient client;

    @Test
    void answersTheConfiguredDefaultInstrument() {
        client.get()
                .uri("/api/ui-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.defaultInstrument")
                .isEqualTo("ZNM27");
    }
}
