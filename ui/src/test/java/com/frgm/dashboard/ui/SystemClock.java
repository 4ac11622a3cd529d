package com.frgm.dashboard.ui;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's one clock bean, for slices that do not load the application's configuration. */
@TestConfiguration(proxyBeanMethods = false)
public class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
