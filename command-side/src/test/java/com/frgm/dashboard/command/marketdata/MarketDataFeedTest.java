package com.frgm.dashboard.command.marketdata;

import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.MarkFeedStalledCommand;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.marketdata.RecordMarketSnapshotCommand;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketDataFeedTest {

    private static final String FEED = "GE_XCME.ZN";
    private static final Instant T0 = Instant.parse("2024-01-15T10:39:38Z");
    private static final Instant T1 = T0.plusSeconds(1);

    private AggregateTestFixture<MarketDataFeed> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MarketDataFeed.class);
    }

    @Test
    void firstFileRecordsEveryQuoteThenTheFile() {
        MarketQuote future = quote("ZNH24", T0, "112.5", "112.515625");
        MarketQuote call = quote("ZNH24 C111", T0, "1.796875", "1.8125");
        fixture.givenNoPriorActivity()
                .when(command("a.csv", T0, future, call))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3)
                .expectEvents(
                        new QuoteUpdatedEvent(FEED, "a.csv", future),
                        new QuoteUpdatedEvent(FEED, "a.csv", call),
                        new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 2, 2, 0, 0));
    }

    @Test
    void skipsQuoteWhoseMarketIsUnchanged() {
        MarketQuote before = quote("ZNH24", T0, "112.5", "112.515625");
        MarketQuote sameLater = before.withTimestamp(T1);
        MarketQuote moved = quote("ZNH24 C111", T1, "1.78125", "1.796875");
        fixture.given(
                        new QuoteUpdatedEvent(FEED, "a.csv", before),
                        new QuoteUpdatedEvent(FEED, "a.csv", quote("ZNH24 C111", T0, "1.796875", "1.8125")),
                        new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 2, 2, 0, 0))
                .when(command("b.csv", T1, sameLater, moved))
                .expectEvents(
                        new QuoteUpdatedEvent(FEED, "b.csv", moved),
                        new MarketDataFileAcceptedEvent(FEED, "b.csv", "sha-b.csv", T1, 2, 1, 1, 0));
    }

    @Test
    void ignoresQuoteOlderThanTheLastApplied() {
        MarketQuote current = quote("ZNH24", T1, "112.515625", "112.53125");
        MarketQuote late = quote("ZNH24", T0, "112.5", "112.515625");
        fixture.given(
                        new QuoteUpdatedEvent(FEED, "b.csv", current),
                        new MarketDataFileAcceptedEvent(FEED, "b.csv", "sha-b.csv", T1, 1, 1, 0, 0))
                .when(command("a.csv", T0, late))
                .expectEvents(new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 1, 0, 0, 1));
    }

    @Test
    void recordsAFileWithNoRows() {
        fixture.givenNoPriorActivity()
                .when(command("empty.csv", T0))
                .expectEvents(new MarketDataFileAcceptedEvent(FEED, "empty.csv", "sha-empty.csv", T0, 0, 0, 0, 0));
    }

    @Test
    void rejectsFileWithAnInstrumentTwice() {
        MarketQuote a = quote("ZNH24", T0, "112.5", "112.515625");
        MarketQuote b = quote("ZNH24", T0, "112.484375", "112.5");
        fixture.givenNoPriorActivity()
                .when(command("dup.csv", T0, a, b))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("instrument ZNH24 appears twice in dup.csv")
                .expectNoEvents();
    }

    @Test
    void marksFeedStalledWhenNoFileFollowedTheLastOneSeen() {
        Instant detected = T1.plusSeconds(60);
        fixture.given(new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 0, 0, 0, 0))
                .when(new MarkFeedStalledCommand(FEED, "a.csv", T0, Duration.ofSeconds(60), detected))
                .expectResultMessagePayload(1)
                .expectEvents(new FeedStalledEvent(FEED, "a.csv", T0, Duration.ofSeconds(60), detected));
    }

    @Test
    void ignoresStallNoticeWhenAnotherFileArrivedSince() {
        fixture.given(
                        new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 0, 0, 0, 0),
                        new MarketDataFileAcceptedEvent(FEED, "b.csv", "sha-b.csv", T1, 0, 0, 0, 0))
                .when(new MarkFeedStalledCommand(FEED, "a.csv", T0, Duration.ofSeconds(60), T1.plusSeconds(60)))
                .expectResultMessagePayload(0)
                .expectNoEvents();
    }

    @Test
    void recordsAStallOnlyOnce() {
        Instant detected = T1.plusSeconds(60);
        fixture.given(
                        new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 0, 0, 0, 0),
                        new FeedStalledEvent(FEED, "a.csv", T0, Duration.ofSeconds(60), detected))
                .when(new MarkFeedStalledCommand(FEED, "a.csv", T0, Duration.ofSeconds(60), detected.plusSeconds(5)))
                .expectNoEvents();
    }

    @Test
    void resumesStalledFeedWithItsNextFile() {
        Instant detected = T0.plusSeconds(60);
        Instant later = T0.plusSeconds(90);
        fixture.given(
                        new MarketDataFileAcceptedEvent(FEED, "a.csv", "sha-a.csv", T0, 0, 0, 0, 0),
                        new FeedStalledEvent(FEED, "a.csv", T0, Duration.ofSeconds(60), detected))
                .when(command("c.csv", later))
                .expectResultMessagePayload(2)
                .expectEvents(
                        new FeedResumedEvent(FEED, "c.csv", later, detected),
                        new MarketDataFileAcceptedEvent(FEED, "c.csv", "sha-c.csv", later, 0, 0, 0, 0));
    }

    private static RecordMarketSnapshotCommand command(String key, Instant fileTime, MarketQuote... quotes) {
        return new RecordMarketSnapshotCommand(FEED, key, "sha-" + key, fileTime, List.of(quotes));
    }

    static MarketQuote quote(String instrument, Instant time, String bid, String ask) {
        return new MarketQuote(
                instrument,
                time,
                new BigDecimal(bid),
                10L,
                new BigDecimal(ask),
                12L,
                new BigDecimal(ask),
                1000L,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("0.015625"),
                new BigDecimal("1000"),
                null);
    }
}
