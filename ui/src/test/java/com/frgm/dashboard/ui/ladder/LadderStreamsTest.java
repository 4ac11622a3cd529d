package com.frgm.dashboard.ui.ladder;

import static com.frgm.dashboard.ui.ladder.LadderViews.ladder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.ui.json.HttpJson;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class LadderStreamsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Queries queries = mock(Queries.class);
    private final HttpJson json =
            HttpJson.withPricesAsText(Jackson2ObjectMapperBuilder.json().build());
    private final Scheduler fanOut = Schedulers.newSingle("test-fan-out");
    private final LadderStreams streams = new LadderStreams(queries, json, fanOut);
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();

    @AfterEach
    void stop() {
        streams.destroy();
    }

    @Test
    void allStreamsOfAnInstrumentShareOneSubscriptionAndTheSameText() {
        Sinks.Many<LadderView> updates = updatesFor("ZNH27");
        List<LadderFrame> first = new CopyOnWriteArrayList<>();
        List<LadderFrame> second = new CopyOnWriteArrayList<>();
        Disposable a = streams.of("ZNH27").subscribe(first::add);
        Disposable b = streams.of("ZNH27").subscribe(second::add);

        updates.tryEmitNext(ladder("ZNH27", 1));
        awaitSize(first, 1);
        awaitSize(second, 1);

        assertThat(subscriptions).hasValue(1);
        assertThat(first.get(0).eventSequence()).isEqualTo(1);
        // Written once: the very same string goes to both streams.
        assertThat(second.get(0).json()).isSameAs(first.get(0).json());
        assertThat(first.get(0).json()).contains("\"eventSequence\":1", "\"instrument\":\"ZNH27\"");
        a.dispose();
        b.dispose();
    }

    @Test
    void dropsViewsNotNewerThanTheLastSent() {
        when(queries.subscribe(eq(new FetchLadderQuery("ZNH27")), eq(LadderView.class)))
                .thenReturn(Flux.just(5L, 5L, 3L, 6L, 4L, 9L).map(sequence -> ladder("ZNH27", sequence)));

        StepVerifier.create(streams.of("ZNH27").map(LadderFrame::eventSequence))
                .expectNext(5L, 6L, 9L)
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void aStreamThatJoinsLateGetsTheNewestLadderFirst() {
        Sinks.Many<LadderView> updates = updatesFor("ZNH27");
        List<LadderFrame> early = new CopyOnWriteArrayList<>();
        Disposable a = streams.of("ZNH27").subscribe(early::add);
        updates.tryEmitNext(ladder("ZNH27", 1));
        updates.tryEmitNext(ladder("ZNH27", 2));
        awaitSize(early, 2);

        StepVerifier.create(streams.of("ZNH27").map(LadderFrame::eventSequence))
                .expectNext(2L)
                .then(() -> updates.tryEmitNext(ladder("ZNH27", 3)))
                .expectNext(3L)
                .thenCancel()
                .verify(WAIT);
        assertThat(subscriptions).hasValue(1);
        a.dispose();
    }

    @Test
    void sendsOnTheFanOutThreadNotOnTheThreadThatEmitsTheUpdate() {
        Sinks.Many<LadderView> updates = updatesFor("ZNH27");
        List<String> threads = new CopyOnWriteArrayList<>();
        Disposable a = streams.of("ZNH27")
                .subscribe(frame -> threads.add(Thread.currentThread().getName()));

        updates.tryEmitNext(ladder("ZNH27", 1));
        awaitSize(threads, 1);

        assertThat(threads).containsExactly(threadOf(fanOut));
        a.dispose();
    }

    @Test
    void theLastStreamLeavingCancelsTheSubscriptionAndTheNextStartsAnew() {
        updatesFor("ZNH27");
        Disposable a = streams.of("ZNH27").subscribe();
        Disposable b = streams.of("ZNH27").subscribe();
        a.dispose();
        assertThat(cancelled).hasValue(0);
        b.dispose();
        assertThat(cancelled).hasValue(1);

        Disposable c = streams.of("ZNH27").subscribe();
        assertThat(subscriptions).hasValue(2);
        c.dispose();
    }

    @Test
    void aFailedSubscriptionFailsItsStreamsAndTheNextStreamStartsAnew() {
        when(queries.subscribe(eq(new FetchLadderQuery("ZNH27")), eq(LadderView.class)))
                .thenReturn(Flux.error(new IllegalStateException("query bus down")))
                .thenReturn(Flux.just(ladder("ZNH27", 4)));

        StepVerifier.create(streams.of("ZNH27"))
                .expectErrorMessage("query bus down")
                .verify(WAIT);
        StepVerifier.create(streams.of("ZNH27").map(LadderFrame::eventSequence))
                .expectNext(4L)
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void eachInstrumentHasItsOwnSubscription() {
        updatesFor("ZNH27");
        when(queries.subscribe(eq(new FetchLadderQuery("ZNM27")), eq(LadderView.class)))
                .thenReturn(Flux.just(ladder("ZNM27", 8)));

        Disposable a = streams.of("ZNH27").subscribe();
        StepVerifier.create(streams.of("ZNM27").map(frame -> frame.json().contains("ZNM27")))
                .expectNext(true)
                .expectComplete()
                .verify(WAIT);
        assertThat(subscriptions).hasValue(1);
        a.dispose();
    }

    /** Pushes like Axon's update emitter: whether asked or not. */
    private Sinks.Many<LadderView> updatesFor(String instrument) {
        Sinks.Many<LadderView> updates = Sinks.many().multicast().directBestEffort();
        when(queries.subscribe(eq(new FetchLadderQuery(instrument)), any()))
                .thenAnswer(call -> updates.asFlux()
                        .doOnSubscribe(s -> subscriptions.incrementAndGet())
                        .doOnCancel(cancelled::incrementAndGet));
        return updates;
    }

    private static void awaitSize(List<?> list, int size) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> list.size() >= size);
    }

    private static String threadOf(Scheduler scheduler) {
        return Flux.just(1)
                .publishOn(scheduler)
                .map(x -> Thread.currentThread().getName())
                .blockFirst(WAIT);
    }
}
