package com.frgm.dashboard.query.pointintime;

import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;

/** The port point-in-time queries read history through: every event stored at or before {@code at}, in global order. */
@FunctionalInterface
public interface EventReplay {

    void replay(Instant at, Consumer<EventMessage<?>> sink);
}
