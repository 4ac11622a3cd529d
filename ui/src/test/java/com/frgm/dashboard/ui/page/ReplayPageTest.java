package com.frgm.dashboard.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(ReplayPageController.class)
class ReplayPageTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

    @Autowired
    private WebTestClient client;

    @Test
    void servesTheReplayPageMarkedAsReplayWithNoInlineScriptOrStyle() {
        String html = client.get()
                .uri("/replay")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(html)
                .contains(
                        "id=\"replay-banner\"",
                        "REPLAY",
                        "class=\"replay\"",
                        "id=\"ladder\"",
                        "id=\"scrub\"",
                        "id=\"marks\"",
                        "id=\"diff\"",
                        "src=\"replay.js\"",
                        "href=\"replay.css\"")
                .doesNotContain("<style", " style=", " onclick=", "http://", "https://");
        assertThat(INLINE_SCRIPT.matcher(html).find())
                .as("every script is a file")
                .isFalse();
    }

    @Test
    void servesItsScriptsAndStyles() {
        for (String path : new String[] {"/replay.js", "/replay-timeline.js", "/ladder-view.js", "/replay.css"}) {
            client.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    @Test
    void isLinkedFromTheLivePagesNavigation() {
        for (String path : new String[] {"/index.html", "/instruments.html", "/risk.html"}) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectBody(String.class)
                    .value(html -> assertThat(html).contains("<a href=\"replay\">Replay</a>"));
        }
    }
}
