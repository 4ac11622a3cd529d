package com.frgm.dashboard.app.audit;

import com.frgm.dashboard.eventstore.archive.EventHistory;
import com.frgm.dashboard.eventstore.archive.EventMessages;
import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.jdbc.EventStoreProperties;
import com.frgm.dashboard.query.pointintime.EventReplay;
import com.frgm.dashboard.query.pointintime.StateAtQueryHandler;
import com.frgm.dashboard.query.positions.PositionsProperties;
import org.axonframework.serialization.Serializer;
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
    StateAtQueryHandler stateAtQueryHandler(JdbcTemplate jdbc, Serializer serializer, EventStoreProperties store,
                                            PositionsProperties positions) {
        return new StateAtQueryHandler(replay(EventHistory.of(new EventReader(jdbc), store.readBatchSize()), serializer),
                positions.businessZone());
    }

    static EventReplay replay(EventHistory history, Serializer serializer) {
        EventMessages messages = new EventMessages(serializer);
        return (at, sink) -> history.replay(at, e -> sink.accept(messages.toMessage(e)), fraction -> { });
    }
}
