package com.frgm.dashboard.api.operations;

import java.util.List;

/** Operator actions, newest first. */
public record OperationsLogView(List<OperatorAction> actions) {}
