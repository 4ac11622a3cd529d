package com.frgm.dashboard.api.ladder;

/** The current price ladder of one instrument; answered with a {@link LadderView}. */
public record FetchLadderQuery(String instrument) {}
