package com.frgm.dashboard.api.projections;

/** Every projection this node knows, with its state and progress. */
public record FetchProjectionsQuery() {}
