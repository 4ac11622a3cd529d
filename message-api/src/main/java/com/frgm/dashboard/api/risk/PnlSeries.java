package com.frgm.dashboard.api.risk;

import java.util.List;

/** One account's P&amp;L samples, oldest first. */
public record PnlSeries(String account, List<PnlPoint> points) {

    public PnlSeries {
        points = List.copyOf(points);
    }
}
