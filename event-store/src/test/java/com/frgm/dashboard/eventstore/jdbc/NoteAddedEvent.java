package com.frgm.dashboard.eventstore.jdbc;

import org.axonframework.serialization.Revision;

/** A test-only event whose revision 0 called {@code author} {@code writer}. */
@Revision("1")
record NoteAddedEvent(String author, String text) {}
