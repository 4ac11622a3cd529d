package com.frgm.dashboard.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The operations page: its projections, dead letters and operator log, and their module scripts
 * and style, none of them inline.
 */
@WebFluxTest(UiConfigController.class)
class OperationsPageTest {

    @Autowired
    private WebTestClient client;

    @Test
    void servesThePageWithItsScriptAndStyleAsFiles() {
        client.get()
                .uri("/operations.html")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains(
                                "id=\"projections\"",
                                "id=\"dead-letters\"",
                                "id=\"operations\"",
                                "type=\"module\" src=\"projections.js\"",
                                "type=\"module\" src=\"operations.js\"",
                                "href=\"operations.css\"")
                        .doesNotContain("<style", "style=\"", "onclick", "http://", "https://")
                        .doesNotContainPattern("<script(?![^>]*src=)"));
        client.get()
                .uri("/projections.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Content-Type", type -> assertThat(type).contains("javascript"))
                .expectBody(String.class)
                .value(js -> assertThat(js).contains("api/projections", "'DELETE'", "'POST'", "X-XSRF-TOKEN"));
        client.get()
                .uri("/operations.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(js -> assertThat(js).contains("actuator/deadletters/", "api/operations/log"));
        client.get().uri("/operations.css").exchange().expectStatus().isOk();
    }
}
