package com.frgm.dashboard.ui.ladder;

import static com.frgm.dashboard.ui.ladder.LadderViews.ladder;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.ladder.LadderView;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

class LadderEventsTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    @Test
    void namesEachViewLadderWithItsSequenceAsId() {
        StepVerifier.create(LadderEvents.of(Flux.just(ladder("ZNH27", 7)), HEARTBEAT))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("ladder");
                    assertThat(event.id()).isEqualTo("7");
                    assertThat(event.data()).isEqualTo(ladder("ZNH27", 7));
                })
                .verifyComplete();
    }

    @Test
    void dropsViewsNotNewerThanTheLastSent() {
        Flux<LadderView> views = Flux.just(
                ladder("ZNH27", 5),
                ladder("ZNH27", 5),
                ladder("ZNH27", 3),
                ladder("ZNH27", 6),
                ladder("ZNH27", 4),
                ladder("ZNH27", 9));

        StepVerifier.create(LadderEvents.of(views, HEARTBEAT).map(ServerSentEvent::id))
                .expectNext("5", "6", "9")
                .verifyComplete();
    }

    @Test
    void remembersTheLastSequencePerSubscriber() {
        Flux<ServerSentEvent<LadderView>> events = LadderEvents.of(Flux.just(ladder("ZNH27", 5)), HEARTBEAT);

        StepVerifier.create(events.map(ServerSentEvent::id)).expectNext("5").verifyComplete();
        StepVerifier.create(events.map(ServerSentEvent::id)).expectNext("5").verifyComplete();
    }

    @Test
    void sendsAHeartbeatCommentEvery15SecondsWhileTheViewsGoOn() {
        StepVerifier.withVirtualTime(() -> LadderEvents.of(Flux.<LadderView>never(), HEARTBEAT))
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
        Sinks.Many<LadderView> views = Sinks.many().unicast().onBackpressureBuffer();

        StepVerifier.withVirtualTime(() -> LadderEvents.of(views.asFlux(), HEARTBEAT))
                .expectSubscription()
                .then(() -> views.tryEmitNext(ladder("ZNH27", 1)))
                .assertNext(event -> assertThat(event.id()).isEqualTo("1"))
                .thenAwait(HEARTBEAT)
                .assertNext(LadderEventsTest::isHeartbeat)
                .then(views::tryEmitComplete)
                .verifyComplete();
    }

    @Test
    void passesErrorsOfTheViewsOn() {
        Flux<LadderView> views = Flux.error(new IllegalStateException("query bus down"));

        StepVerifier.create(LadderEvents.of(views, HEARTBEAT)).verifyErrorMessage("query bus down");
    }

    @Test
    void cancellingTheEventsCancelsTheViews() {
        PublisherProbe<LadderView> views =
                PublisherProbe.of(Flux.<LadderView>never().startWith(ladder("ZNH27", 1)));

        StepVerifier.create(LadderEvents.of(views.flux(), HEARTBEAT))
                .expectNextCount(1)
                .thenCancel()
                .verify();

        views.assertWasCancelled();
    }

    private static void isHeartbeat(ServerSentEvent<LadderView> event) {
        assertThat(event.comment()).isEqualTo("heartbeat");
        assertThat(event.event()).isNull();
        assertThat(event.data()).isNull();
    }
}
