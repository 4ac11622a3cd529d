package com.frgm.dashboard.api;

/**
 * Why a query handler turned a query away for now: it is at its cap of work of that kind (for
 * example concurrent replays). Carried as the details of Axon's {@code QueryExecutionException},
 * as {@link RefusedParameter} is, so the asking side answers with "service unavailable" and a
 * retry hint rather than a server failure.
 *
 * @param detail            what is busy, for the caller
 * @param retryAfterSeconds when trying again makes sense
 */
public record TooBusy(String detail, long retryAfterSeconds) {}
