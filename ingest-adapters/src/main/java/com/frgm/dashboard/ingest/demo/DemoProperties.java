package com.frgm.dashboard.ingest.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local demo feed ({@link DemoFeed}). Whether it runs at all ({@code frgm.demo.enabled}, and
 * local mode, and the local source) is the feed's condition, decided before this is bound.
 *
 * @param future         the ZN contract its market data quotes
 * @param interval       how often it writes a market-data file
 * @param ordersInterval how often it writes account DEMO01's TT working-order snapshot
 */
@ConfigurationProperties("frgm.demo")
public record DemoProperties(String future, Duration interval, Duration ordersInterval) {

    public DemoProperties {
        future = future == null || future.isBlank() ? "ZNH27" : future;
        interval = interval == null ? Duration.ofSeconds(1) : interval;
        ordersInterval = ordersInterval == null ? Duration.ofSeconds(30) : ordersInterval;
    }
}
