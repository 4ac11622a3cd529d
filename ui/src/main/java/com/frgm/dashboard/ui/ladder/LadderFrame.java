package com.frgm.dashboard.ui.ladder;

/** One ladder view as the JSON text every stream of its instrument sends. */
record LadderFrame(long eventSequence, String json) {}
