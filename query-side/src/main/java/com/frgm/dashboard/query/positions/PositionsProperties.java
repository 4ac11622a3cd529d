package com.frgm.dashboard.query.positions;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param businessZone the zone whose calendar date a fill counts towards ({@code FRGM_BUSINESS_ZONE}) */
@ConfigurationProperties("frgm.positions")
public record PositionsProperties(ZoneId businessZone) {

    public PositionsProperties {
        businessZone = businessZone == null ? ZoneId.of("UTC") : businessZone;
    }
}
