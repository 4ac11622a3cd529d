package com.frgm.dashboard.ui.page;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param defaultInstrument the ladder the page opens when the address names none */
@ConfigurationProperties("frgm.ui")
record UiProperties(String defaultInstrument) {

    UiProperties {
        defaultInstrument = defaultInstrument == null ? "ZNH27" : defaultInstrument;
    }
}
