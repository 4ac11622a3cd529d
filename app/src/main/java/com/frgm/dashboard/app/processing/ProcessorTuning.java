package com.frgm.dashboard.app.processing;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How fast a dashboard node takes over the segments of one that died. A node holds a segment by
 * a claim in {@code token_entry} that it renews at least every {@code claim-extension}; a claim
 * older than {@code axon.eventhandling.tokenstore.claim-timeout} (6 s) may be taken by another
 * node, which looks for such segments every processor's {@code token-claim-interval} (1 s). A
 * dead node's segments therefore move within about claim timeout + claim interval, 7 s, inside
 * the desk's 15 s. Shorter is possible but a node paused for longer than the claim timeout
 * (a long GC, a starved CPU) then loses its segments and they move back and forth; the writes
 * are guarded by event index (ADR 0014), so that costs work, never correctness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorTuning.Properties.class)
class ProcessorTuning {

    @Bean
    ConfigurerModule claimExtension(Properties properties) {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        (config, builder) -> builder.claimExtensionThreshold(
                                properties.claimExtension().toMillis()));
    }

    /** @param claimExtension how often an idle segment's claim is renewed; well below the claim timeout */
    @ConfigurationProperties("frgm.processors")
    record Properties(Duration claimExtension) {

        Properties {
            claimExtension = claimExtension == null ? Duration.ofSeconds(2) : claimExtension;
        }
    }
}
