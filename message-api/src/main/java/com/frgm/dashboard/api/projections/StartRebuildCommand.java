package com.frgm.dashboard.api.projections;

/** Rebuild the named projection from the start of the store; answered with its view. */
public record StartRebuildCommand(String name) {}
