package com.frgm.dashboard.api.positions;

/**
 * Live positions (start of day plus fills since), optionally narrowed to one account and/or one
 * instrument (null means all); answered with a {@link LivePositionsView}.
 */
public record FetchLivePositionsQuery(String account, String instrument) {}
