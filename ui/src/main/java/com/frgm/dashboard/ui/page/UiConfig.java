package com.frgm.dashboard.ui.page;

/** What the page needs to know before it opens a ladder. */
record UiConfig(String defaultInstrument) {}
