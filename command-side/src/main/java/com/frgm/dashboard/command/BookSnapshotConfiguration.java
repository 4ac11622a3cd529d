package com.frgm.dashboard.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order book lives for years and gains events every snapshot: snapshot it so a cold load
 * reads a bounded number of events. Position books are small; they share the trigger.
 */
@Configuration(proxyBeanMethods = false)
class BookSnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition bookSnapshotTrigger(
            Snapshotter snapshotter,
            @Value("${frgm.command.books.snapshot-every:2000}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
