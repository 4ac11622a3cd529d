package com.frgm.dashboard.api.operations;

import java.time.Instant;

/** One entry of the operations log; {@code sequence} is the event's global index. */
public record OperatorAction(
        String operator, String action, String target, String outcome, Instant at, long sequence) {}
