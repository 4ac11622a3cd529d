package com.frgm.dashboard.app.audit;

import com.frgm.dashboard.eventstore.archive.EventHistory;
import com.frgm.dashboard.eventstore.archive.EventMessages;
import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.query.pointintime.EventReplay;
import com.frgm.dashboard.query.pointintime.StateAtQueryHandler;
import java.time.ZoneId;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Point-in-time queries in dashboard processes: the query side's in-memory projections fed
 * from the event store's history. Wired here because neither module may know the other.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    StateAtQueryHandler stateAtQueryHandler(JdbcTemplate jdbc, Serializer serializer,
                                            @Value("${frgm.event-store.read-batch-size:2000}") int batchSize,
                                            @Value("${frgm.positions.business-zone:UTC}") ZoneId businessZone) {
        return new StateAtQueryHandler(replay(EventHistory.of(new EventReader(jdbc), batchSize), serializer),
                businessZone);
    }

    static EventReplay replay(EventHistory history, Serializer serializer) {
        EventMessages messages = new EventMessages(serializer);
        return (at, sink) -> history.replay(at, e -> sink.accept(messages.toMessage(e)), fraction -> { });
    }
}
