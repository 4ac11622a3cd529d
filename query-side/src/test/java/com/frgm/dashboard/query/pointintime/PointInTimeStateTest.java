package com.frgm.dashboard.query.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.query.ladder.LadderProjection;
import com.frgm.dashboard.query.replay.ListReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

class PointInTimeStateTest {

    private static final Instant AT = Instant.parse("2024-01-15T10:39:38Z");

    @Test
    void answersWhatTheLiveProjectionWroteForTheSameEvents() {
        MarketQuote quote = com.frgm.dashboard.query.ladder.LaddersTestAccess.futureQuote();
        TrackedEventMessage<?> event = tracked(12, new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", quote));

        ListReplaySource source = new ListReplaySource();
        for (int i = 1; i < 12; i++) {
            source.add(AT, "something no projection handles");
        }
        source.add(AT, event.getPayload());

        StateAtView view = new PointInTime(new ReplayEngine(5), source, ZoneOffset.UTC)
                .stateAt(AT, quote.instrument(), index -> {});

        Map<String, com.frgm.dashboard.api.ladder.LadderView> live = new HashMap<>();
        LadderProjectionDriver.apply(new MapLadderStore(live), event);
        assertThat(view.ladders()).containsExactly(live.get(quote.instrument()));
        assertThat(view.lastGlobalIndex()).isEqualTo(12);
        assertThat(view.eventsApplied()).isEqualTo(12);
    }

    @Test
    void showsTheRiskLimitBreachesOpenAtTheInstant() {
        Instant seen = Instant.parse("2024-01-16T14:00:31Z");
        ListReplaySource source = new ListReplaySource()
                .add(seen.minusSeconds(2), "before")
                .add(seen.minusSeconds(1), "before")
                .add(
                        seen,
                        new RiskLimitBreachedEvent(
                                "risk-limits:RISK01",
                                "RISK01",
                                RiskLimitKind.DELTA,
                                BigDecimal.TEN,
                                BigDecimal.valueOf(11),
                                2,
                                seen))
                .add(
                        seen.plusSeconds(1),
                        new RiskLimitClearedEvent(
                                "risk-limits:RISK01",
                                "RISK01",
                                RiskLimitKind.DELTA,
                                BigDecimal.TEN,
                                BigDecimal.ONE,
                                3,
                                seen.plusSeconds(1)));
        PointInTime pointInTime = new PointInTime(new ReplayEngine(10), source, ZoneOffset.UTC);

        assertThat(pointInTime.stateAt(seen, null, index -> {}).riskLimitBreaches())
                .containsExactly(new RiskLimitBreach(
                        "RISK01", RiskLimitKind.DELTA, BigDecimal.TEN, BigDecimal.valueOf(11), seen, 3));
        assertThat(pointInTime.stateAt(seen.plusSeconds(1), null, index -> {}).riskLimitBreaches())
                .isEmpty();
    }

    private static TrackedEventMessage<?> tracked(long index, Object payload) {
        Instant at = AT;
        return new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(index),
                "MarketDataFeed",
                "feed",
                index,
                new GenericMessage<>("id-" + index, payload, Map.of()),
                () -> at);
    }

    /** The live path: the same projection class, handed the event by Axon's adapter as a processor would. */
    private static final class LadderProjectionDriver {
        static void apply(com.frgm.dashboard.query.ladder.LadderStore store, TrackedEventMessage<?> event) {
            try {
                new org.axonframework.eventhandling.AnnotationEventHandlerAdapter(new LadderProjection(store, t -> {}))
                        .handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record MapLadderStore(Map<String, com.frgm.dashboard.api.ladder.LadderView> ladders)
            implements com.frgm.dashboard.query.ladder.LadderStore {
        @Override
        public void write(List<Write> writes) {
            writes.forEach(w -> {
                if (w instanceof QuoteWrite q) {
                    ladders.put(q.quote().instrument(), q.ladder());
                }
            });
        }

        @Override
        public Optional<com.frgm.dashboard.api.ladder.LadderView> read(String instrument) {
            return Optional.ofNullable(ladders.get(instrument));
        }
    }
}
