package com.frgm.dashboard.ui.page;

import com.frgm.dashboard.ui.UiProperties;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page's settings. The page itself is {@code static/index.html}, served by Spring Boot as the
 * welcome page at {@code /}.
 */
@RestController
@EnableConfigurationProperties(UiProperties.class)
class UiConfigController {

    static final String DEFAULT_INSTRUMENT = "frgm.ui.default-instrument";

    private final UiConfig config;

    UiConfigController(UiProperties properties) {
        String defaultInstrument = properties.defaultInstrument();
        // Checked at startup: a bad default would only show up as a page stuck on an error.
        try {
            this.config = new UiConfig(InstrumentNames.requireValid(defaultInstrument));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    DEFAULT_INSTRUMENT + " '" + defaultInstrument + "' is invalid: " + e.getMessage(), e);
        }
    }

    @GetMapping(path = "/api/ui-config", produces = MediaType.APPLICATION_JSON_VALUE)
    UiConfig uiConfig() {
        return config;
    }
}
