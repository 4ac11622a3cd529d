package com.frgm.dashboard.ui.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.ui.UiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(UiConfigController.class)
class UiPageTest {

    @Autowired
    private WebTestClient client;

    @Test
    void servesTheLadderPageAtTheRoot() {
        client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains("id=\"ladder\"", "id=\"status\"", "id=\"last-price\"", "src=\"ladder.js\"")
                        .doesNotContain("http://", "https://"));
    }

    @Test
    void servesTheScriptsAndStylesBesideThePage() {
        for (String path : new String[] {"/ladder.js", "/ladder-format.js", "/price-chart.js", "/ladder.css"}) {
            client.get().uri(path).exchange().expectStatus().isOk();
        }
        // Browsers refuse module scripts that are not served with a JavaScript media type.
        client.get()
                .uri("/ladder.js")
                .exchange()
                .expectHeader()
                .value("Content-Type", type -> assertThat(type).contains("javascript"));
    }

    @Test
    void servesTheChartLibraryThePageLoadsFromItsWebJar() {
        String html = client.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(webjars/chart\\.js/[^\"]+)\"")
                .matcher(html);
        assertThat(script.find()).as("the page loads Chart.js from its WebJar").isTrue();
        assertThat(html).contains("id=\"price-chart\"");

        client.get()
                .uri("/" + script.group(1))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(js -> assertThat(js).contains("Chart.js"));
    }

    @Test
    void answersTheDefaultInstrument() {
        client.get()
                .uri("/api/ui-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("{\"defaultInstrument\":\"ZNH27\"}", true);
    }

    @Test
    void refusesAnInvalidDefaultInstrumentAtStartup() {
        assertThatThrownBy(() -> new UiConfigController(new UiProperties("ZN<H27>", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frgm.ui.default-instrument");
    }
}
