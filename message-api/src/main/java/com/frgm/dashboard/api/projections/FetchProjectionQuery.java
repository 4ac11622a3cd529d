package com.frgm.dashboard.api.projections;

/** One projection by name ({@code ladder}, {@code history-market}, ...); unknown names are refused. */
public record FetchProjectionQuery(String name) {}
