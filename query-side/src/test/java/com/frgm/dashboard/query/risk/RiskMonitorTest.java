package com.frgm.dashboard.query.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.risk.CheckRiskLimitsCommand;
import com.frgm.dashboard.api.risk.PnlPoint;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class RiskMonitorTest {

    private static final Instant NOW = Instant.parse("2024-01-16T14:31:07Z");
    private static final BigDecimal MAX_DELTA = new BigDecimal("4.5");

    private final RiskScenario scenario =
            new RiskScenario().settlements().startOfDay().quotes().fills();
    private final List<RiskLimitBreach> open = new ArrayList<>();
    private final List<PnlPoint> samples = new ArrayList<>();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final RiskMonitor monitor = new RiskMonitor(
            scenario.risk,
            new RiskLimitStore() {
                @Override
                public void write(List<LimitState> states) {}

                @Override
                public List<RiskLimitBreach> openBreaches() {
                    return open;
                }
            },
            new PnlStore() {
                @Override
                public void record(LocalDate startOfDay, String account, PnlPoint point) {
                    samples.add(point);
                }

                @Override
                public Set<String> accounts(LocalDate startOfDay) {
                    return Set.of();
                }

                @Override
                public List<PnlPoint> series(LocalDate startOfDay, String account) {
                    return List.of();
                }
            },
            commands,
            new RiskProperties(Map.of("RISK01", new RiskProperties.Limits(MAX_DELTA, null)), null, null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    RiskMonitorTest() {
        when(commands.send(any())).thenReturn(CompletableFuture.completedFuture(0));
    }

    @Test
    void sendsNothingWhileEveryAccountIsOnTheSideRecorded() {
        monitor.check(); // RISK01's delta is -4, inside 4.5

        verify(commands, never()).send(any());
    }

    @Test
    void sendsTheAccountsFiguresWhenItCrossesALimit() {
        scenario.fill("fill-3", "RISK01", "ZNH24", OrderSide.SELL, "112.3125", 1);

        monitor.check();
        monitor.check(); // not again while the breach is on its way

        verify(commands)
                .send(new CheckRiskLimitsCommand(
                        "risk-limits:RISK01",
                        "RISK01",
                        scenario.lastIndex(),
                        NOW,
                        new BigDecimal("-5"),
                        new BigDecimal("250"),
                        MAX_DELTA,
                        null));
    }

    @Test
    void sendsAClearanceForABreachRecordedWhileTheRiskIsBackInside() {
        open.add(new RiskLimitBreach("RISK01", RiskLimitKind.DELTA, MAX_DELTA, new BigDecimal("5"), NOW, 3));

        monitor.check();

        verify(commands)
                .send(new CheckRiskLimitsCommand(
                        "risk-limits:RISK01",
                        "RISK01",
                        scenario.lastIndex(),
                        NOW,
                        new BigDecimal("-4"),
                        new BigDecimal("187.5"),
                        MAX_DELTA,
                        null));
    }

    @Test
    void samplesEachAccountsPnlInItsTimeBucket() {
        monitor.check();

        Instant bucket = Instant.parse("2024-01-16T14:31:00Z");
        assertThat(samples)
                .containsExactly(
                        new PnlPoint(bucket, new BigDecimal("187.5")), new PnlPoint(bucket, new BigDecimal("-3375")));
    }
}
