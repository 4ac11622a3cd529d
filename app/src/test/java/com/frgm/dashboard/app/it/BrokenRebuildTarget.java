package com.frgm.dashboard.app.it;

import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.query.rebuild.RebuildTarget;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A read model whose projection fails on the first quote while {@link #failing} is set, to see a
 * rebuild fail cleanly; otherwise it applies nothing (it takes part in a lost Redis's rebuild too).
 */
@Configuration(proxyBeanMethods = false)
class BrokenRebuildTarget {

    static final String NAME = "broken";
    static volatile boolean failing;

    @Bean
    RebuildTarget failingTarget() {
        return new RebuildTarget() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public int liveVersion() {
                return 1;
            }

            @Override
            public Object projection(int version) {
                return new Failing();
            }

            @Override
            public long switchTo(int version, Runnable lastEvents) {
                lastEvents.run();
                return 0;
            }

            @Override
            public void discard(int version) {}

            @Override
            public void discardAbandoned() {}
        };
    }

    static final class Failing {
        @EventHandler
        void on(QuoteUpdatedEvent event) {
            if (failing) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }
}
