package com.frgm.dashboard.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultInstrument the ladder the page opens when the address names none
 * @param liveRefresh       how often the composed live views (instruments, positions, risk,
 *                          limits) are re-read for their streams
 */
@ConfigurationProperties("frgm.ui")
public record UiProperties(String defaultInstrument, Duration liveRefresh) {

    public UiProperties {
        defaultInstrument = defaultInstrument == null ? "ZNH27" : defaultInstrument;
        liveRefresh = liveRefresh == null ? Duration.ofMillis(500) : liveRefresh;
    }
}
