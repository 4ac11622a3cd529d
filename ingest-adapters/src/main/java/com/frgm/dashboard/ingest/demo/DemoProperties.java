package com.frgm.dashboard.ingest.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local demo feed ({@link DemoFeed}).
 *
 * @param enabled        whether it runs at all (it also needs local mode and the local source)
 * @param future         the ZN contract its market data quotes
 * @param interval       how often it writes a market-data file
 * @param ordersInterval how often it writes account DEMO01's TT working-order snapshot
 */
@ConfigurationProperties("frgm.demo")
public record DemoProperties(Boolean enabled, String future, Duration interval, Duration ordersInterval) {

    public DemoProperties {
        enabled = enabled == null || enabled;
        future = future == null || future.isBlank() ? "ZNH27" : future;
        interval = interval == null ? Duration.ofSeconds(1) : interval;
        ordersInterval = ordersInterval == null ? Duration.ofSeconds(30) : ordersInterval;
    }
}
