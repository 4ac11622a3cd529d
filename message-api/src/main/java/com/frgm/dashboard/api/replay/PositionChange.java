package com.frgm.dashboard.api.replay;

/** A live position that differs between the two instants; 0 where there was none. */
public record PositionChange(String account, String instrument, long liveA, long liveB) {}
