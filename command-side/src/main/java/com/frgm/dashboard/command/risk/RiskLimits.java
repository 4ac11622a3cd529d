package com.frgm.dashboard.command.risk;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.frgm.dashboard.api.risk.CheckRiskLimitsCommand;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.api.risk.RiskLimitsIds;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One account's risk limits: which are breached now. A check records {@link RiskLimitBreachedEvent}
 * or {@link RiskLimitClearedEvent} only when a limit's state changes, so every dashboard node's risk
 * monitor may send the same check and the store still holds one event per crossing (two nodes
 * appending at once collide on the aggregate's sequence number; the loser's retry finds the state
 * already changed). A check computed from older events than the last crossing is ignored, so a
 * monitor that read the risk a moment earlier cannot undo a newer crossing.
 *
 * <p>Runs where its only sender runs, the dashboard role (app's {@code Roles}, ADR 0015). It
 * gains an event only per crossing, so it needs no snapshots.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class RiskLimits {

    @AggregateIdentifier
    private String limitsId;

    private Map<RiskLimitKind, BigDecimal> breached = new EnumMap<>(RiskLimitKind.class);
    private long lastSequence = -1;

    RiskLimits() {
        // for Axon and snapshot deserialisation
    }

    /** Returns the number of events recorded. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(CheckRiskLimitsCommand command) {
        if (!RiskLimitsIds.of(command.account()).equals(command.limitsId())) {
            throw new IllegalArgumentException(
                    "account " + command.account() + " does not belong to " + command.limitsId());
        }
        if (command.riskSequence() < lastSequence) {
            return 0;
        }
        int events = check(command, RiskLimitKind.DELTA, command.delta().abs(), command.maxAbsDelta());
        return events
                + check(command, RiskLimitKind.LOSS, command.pnl().negate().max(BigDecimal.ZERO), command.maxLoss());
    }

    private int check(CheckRiskLimitsCommand command, RiskLimitKind kind, BigDecimal value, BigDecimal threshold) {
        boolean beyond = threshold != null && value.compareTo(threshold) > 0;
        boolean wasBeyond = breached.containsKey(kind);
        if (beyond && !wasBeyond) {
            apply(new RiskLimitBreachedEvent(
                    command.limitsId(),
                    command.account(),
                    kind,
                    threshold,
                    value,
                    command.riskSequence(),
                    command.observedAt()));
            return 1;
        }
        if (!beyond && wasBeyond) {
            apply(new RiskLimitClearedEvent(
                    command.limitsId(),
                    command.account(),
                    kind,
                    threshold,
                    value,
                    command.riskSequence(),
                    command.observedAt()));
            return 1;
        }
        return 0;
    }

    @EventSourcingHandler
    void on(RiskLimitBreachedEvent event) {
        limitsId = event.limitsId();
        breached.put(event.limit(), event.threshold());
        lastSequence = event.riskSequence();
    }

    @EventSourcingHandler
    void on(RiskLimitClearedEvent event) {
        limitsId = event.limitsId();
        breached.remove(event.limit());
        lastSequence = event.riskSequence();
    }
}
