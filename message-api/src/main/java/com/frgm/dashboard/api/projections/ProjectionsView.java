package com.frgm.dashboard.api.projections;

import java.util.List;

public record ProjectionsView(List<ProjectionView> projections) {}
