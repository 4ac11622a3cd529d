package com.frgm.dashboard.api.positions;

/** One account's live position in one instrument: {@code startOfDay + filledSince = live}. */
public record LivePosition(String account, String instrument, long startOfDay, long filledSince, long live) {
}
