package com.frgm.dashboard.api.positions;

/**
 * One account's live position in one instrument: {@code startOfDay + filledSince = live}.
 * {@code mayBeIncomplete} is true when an order of the pair left the TT snapshots with quantity
 * still open since the start of day: it may have filled between two snapshots, unseen, until the
 * next start-of-day file settles it (docs/adr/0014).
 */
public record LivePosition(
        String account, String instrument, long startOfDay, long filledSince, long live, boolean mayBeIncomplete) {}
