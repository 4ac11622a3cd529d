package com.frgm.dashboard.api.operations;

/** The newest {@code limit} operator actions, newest first; answered with an {@link OperationsLogView}. */
public record FetchOperationsLogQuery(int limit) {}
