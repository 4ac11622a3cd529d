package com.frgm.dashboard.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;
import reactor.test.scheduler.VirtualTimeScheduler;

class LadderEventsTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    @Test
    void namesEachFrameLadderWithItsSequenceAsIdAndItsJsonAsData() {
        StepVerifier.create(LadderEvents.of(Flux.just(frame(7)), HEARTBEAT))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("ladder");
                    assertThat(event.id()).isEqualTo("7");
                    assertThat(event.data()).isEqualTo(frame(7).json());
                })
                .verifyComplete();
    }

    @Test
    void sendsAHeartbeatCommentEvery15SecondsWhileTheViewsGoOn() {
        StepVerifier.withVirtualTime(() -> LadderEvents.of(Flux.<LadderFrame>never(), HEARTBEAT))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(14))
                .thenAwait(Duration.ofSeconds(1))
                .assertNext(LadderEventsTest::isHeartbeat)
                .thenAwait(HEARTBEAT)
                .assertNext(LadderEventsTest::isHeartbeat)
                .thenCancel()
                .verify();
    }

    @Test
    void completesWhenTheViewsComplete() {
        Sinks.Many<LadderFrame> views = Sinks.many().unicast().onBackpressureBuffer();

        StepVerifier.withVirtualTime(() -> LadderEvents.of(views.asFlux(), HEARTBEAT))
                .expectSubscription()
                .then(() -> views.tryEmitNext(frame(1)))
                .assertNext(event -> assertThat(event.id()).isEqualTo("1"))
                .thenAwait(HEARTBEAT)
                .assertNext(LadderEventsTest::isHeartbeat)
                .then(views::tryEmitComplete)
                .verifyComplete();
    }

    @Test
    void passesErrorsOfTheViewsOn() {
        Flux<LadderFrame> views = Flux.error(new IllegalStateException("query bus down"));

        StepVerifier.create(LadderEvents.of(views, HEARTBEAT)).verifyErrorMessage("query bus down");
    }

    @Test
    void cancellingTheEventsCancelsTheViews() {
        PublisherProbe<LadderFrame> views =
                PublisherProbe.of(Flux.<LadderFrame>never().startWith(frame(1)));

        StepVerifier.create(LadderEvents.of(views.flux(), HEARTBEAT))
                .expectNextCount(1)
                .thenCancel()
                .verify();

        views.assertWasCancelled();
    }

    @Test
    void aSubscriberThatStallsGetsTheNewestLadderNotAQueueAndStillItsHeartbeats() {
        VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
        try {
            // Like Axon's update emitter, the views are pushed as they come; unlike it, this source fails
            // when they are not asked for, so a stream that stops asking when its subscriber does shows.
            AtomicReference<FluxSink<LadderFrame>> emitter = new AtomicReference<>();
            Flux<LadderFrame> views = Flux.create(emitter::set, FluxSink.OverflowStrategy.ERROR);
            StalledSubscriber stalled = new StalledSubscriber();
            LadderEvents.of(views, HEARTBEAT).subscribe(stalled);

            LongStream.rangeClosed(1, 1_000).forEach(sequence -> emitter.get().next(frame(sequence)));
            time.advanceTimeBy(Duration.ofMinutes(1));
            assertThat(stalled.failure.get()).isNull();
            assertThat(stalled.received).isEmpty();

            stalled.request(10);
            assertThat(stalled.failure.get()).isNull();
            List<String> ladders = stalled.received.stream()
                    .map(ServerSentEvent::id)
                    .filter(Objects::nonNull)
                    .toList();
            assertThat(ladders).hasSizeLessThanOrEqualTo(3).last().isEqualTo("1000");
            assertThat(stalled.received).anySatisfy(LadderEventsTest::isHeartbeat);

            int before = stalled.received.size();
            time.advanceTimeBy(HEARTBEAT);
            assertThat(stalled.received.subList(before, stalled.received.size()))
                    .singleElement()
                    .satisfies(LadderEventsTest::isHeartbeat);
            stalled.dispose();
        } finally {
            VirtualTimeScheduler.reset();
        }
    }

    /** Asks for nothing until told to. */
    private static final class StalledSubscriber extends BaseSubscriber<ServerSentEvent<String>> {

        final List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        @Override
        protected void hookOnSubscribe(Subscription subscription) {}

        @Override
        protected void hookOnNext(ServerSentEvent<String> event) {
            received.add(event);
        }

        @Override
        protected void hookOnError(Throwable error) {
            failure.set(error);
        }
    }

    private static void isHeartbeat(ServerSentEvent<String> event) {
        assertThat(event.comment()).isEqualTo("heartbeat");
        assertThat(event.event()).isNull();
        assertThat(event.data()).isNull();
    }

    private static LadderFrame frame(long sequence) {
        return new LadderFrame(sequence, "{\"eventSequence\":" + sequence + "}");
    }
}
