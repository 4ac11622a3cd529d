package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.objects.ObjectStore;

/** Where this node's archive is: its location as configured, and the object store there, opened once. */
public record ArchiveLocation(String uri, ObjectStore store) {}
