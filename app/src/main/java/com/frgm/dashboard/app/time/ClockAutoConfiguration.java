package com.frgm.dashboard.app.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock of business time: what "now" is for plausibility windows, stall detection,
 * snapshot times and archive segment ages. A test may supply its own {@link Clock} bean. Elapsed
 * time (a file's settle time against its modification time, retry backoffs, worker liveness)
 * is measured on the system clock on purpose: it must follow the file system and real waiting.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
