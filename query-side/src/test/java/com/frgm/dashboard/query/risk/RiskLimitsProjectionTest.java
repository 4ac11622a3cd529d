package com.frgm.dashboard.query.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.risk.AccountLimits;
import com.frgm.dashboard.api.risk.FetchRiskLimitsQuery;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.api.risk.RiskLimitsView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

class RiskLimitsProjectionTest {

    private static final Instant AT = Instant.parse("2024-01-16T14:00:31Z");
    private static final BigDecimal LIMIT = new BigDecimal("4.5");

    private final List<RiskLimitStore.LimitState> written = new ArrayList<>();
    private final RiskLimitsProjection projection = new RiskLimitsProjection(
            new RiskLimitStore() {
                @Override
                public void write(List<LimitState> states) {
                    written.addAll(states);
                }

                @Override
                public List<RiskLimitBreach> openBreaches() {
                    return written.isEmpty()
                            ? List.of()
                            : written.get(written.size() - 1).breach() == null
                                    ? List.of()
                                    : List.of(written.get(written.size() - 1).breach());
                }
            },
            new RiskProperties(Map.of("RISK01", new RiskProperties.Limits(LIMIT, null)), null, null));

    @Test
    void aBreachIsOpenUntilItsClearance() throws Exception {
        handle(
                7,
                new RiskLimitBreachedEvent(
                        "risk-limits:RISK01", "RISK01", RiskLimitKind.DELTA, LIMIT, new BigDecimal("5"), 40, AT));
        RiskLimitBreach open = new RiskLimitBreach("RISK01", RiskLimitKind.DELTA, LIMIT, new BigDecimal("5"), AT, 7);
        assertThat(written).containsExactly(new RiskLimitStore.LimitState("RISK01", RiskLimitKind.DELTA, open, 7));
        assertThat(projection.handle(new FetchRiskLimitsQuery()))
                .isEqualTo(new RiskLimitsView(List.of(new AccountLimits("RISK01", LIMIT, null)), List.of(open)));

        handle(
                9,
                new RiskLimitClearedEvent(
                        "risk-limits:RISK01",
                        "RISK01",
                        RiskLimitKind.DELTA,
                        LIMIT,
                        new BigDecimal("4"),
                        41,
                        AT.plusSeconds(5)));
        assertThat(written.get(1)).isEqualTo(new RiskLimitStore.LimitState("RISK01", RiskLimitKind.DELTA, null, 9));
        assertThat(projection.handle(new FetchRiskLimitsQuery()).breaches()).isEmpty();
    }

    private void handle(long index, Object payload) throws Exception {
        new AnnotationEventHandlerAdapter(projection)
                .handle(new GenericTrackedDomainEventMessage<>(
                        new GlobalSequenceTrackingToken(index),
                        "RiskLimits",
                        "risk-limits:RISK01",
                        index,
                        new GenericMessage<>(payload, Map.of()),
                        () -> AT));
    }
}
