package com.frgm.dashboard.eventstore.upcasting;

import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * The one chain of upcasters every reader of stored events goes through: the JDBC storage engine
 * (projections, aggregates) and any replay that reads rows or archive lines itself, which should
 * hand them to Axon's {@code EventUtils.upcastAndDeserializeTrackedEvents} (or {@code EventStreamUtils} for one aggregate) with this chain.
 *
 * <p>An upcaster is a Spring bean implementing {@link EventUpcaster} (for instance a
 * {@code SingleEventUpcaster} for one type and revision) in this package; the chain orders them
 * by {@code @Order}. Each changed revision also gets a saved sample (docs/adr/0016).
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    /** The chain of {@code upcasters}, in the given order; an empty list upcasts nothing. */
    public static EventUpcasterChain chain(List<? extends EventUpcaster> upcasters) {
        return new EventUpcasterChain(List.copyOf(upcasters));
    }
}
