package com.frgm.dashboard.api.operations;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An operator did something that changes or loads the system (ADR 0021): retried dead letters,
 * ran a point-in-time replay, started or cancelled a projection rebuild.
 *
 * @param operator who, as signed in (user name, or the OpenID Connect user's name)
 * @param action   what, one of {@link OperatorActions}' names
 * @param target   on what: a processing group, a projection, the replay's instant and instrument
 * @param outcome  {@code succeeded}, {@code refused} or {@code failed}, with the HTTP status
 * @param at       when the action ended
 */
@Revision("1")
public record OperatorActionRecordedEvent(String operator, String action, String target, String outcome, Instant at) {}
