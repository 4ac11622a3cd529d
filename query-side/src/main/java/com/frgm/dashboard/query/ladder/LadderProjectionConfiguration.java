package com.frgm.dashboard.query.ladder;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ladder projection runs in dashboard processes; Axon finds its handlers on the bean. */
@Configuration(proxyBeanMethods = false)
class LadderProjectionConfiguration {

    @Bean
    LadderProjection ladderProjection(LadderStore store, MeterRegistry meters) {
        return new LadderProjection(store, LadderProjection.lagTimer(meters, Clock.systemUTC()));
    }
}
