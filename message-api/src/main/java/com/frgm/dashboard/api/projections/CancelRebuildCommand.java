package com.frgm.dashboard.api.projections;

/** Stop the named projection's running rebuild; the live version is left as it is. */
public record CancelRebuildCommand(String name) {}
