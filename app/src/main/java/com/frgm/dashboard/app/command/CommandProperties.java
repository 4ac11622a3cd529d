package com.frgm.dashboard.app.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The command side's tuning ({@code frgm.command.*}).
 *
 * @param marketData the feed aggregates: how many stay in memory, and a snapshot every so many events
 * @param books      the order and position books: how many of each stay in memory, and a snapshot
 *                   every so many events
 */
@ConfigurationProperties("frgm.command")
public record CommandProperties(MarketData marketData, Books books) {

    public CommandProperties {
        marketData = marketData == null ? new MarketData(null, null) : marketData;
        books = books == null ? new Books(null, null) : books;
    }

    public record MarketData(Integer cachedFeeds, Integer snapshotEvery) {

        public MarketData {
            cachedFeeds = cachedFeeds == null ? 1000 : cachedFeeds;
            snapshotEvery = snapshotEvery == null ? 20_000 : snapshotEvery;
        }
    }

    public record Books(Integer cachedBooks, Integer snapshotEvery) {

        public Books {
            cachedBooks = cachedBooks == null ? 100 : cachedBooks;
            snapshotEvery = snapshotEvery == null ? 2000 : snapshotEvery;
        }
    }
}
