package com.frgm.dashboard.command.risk;

import com.frgm.dashboard.api.risk.CheckRiskLimitsCommand;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.api.risk.RiskLimitsIds;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RiskLimitsTest {

    private static final String ACCOUNT = "RISK01";
    private static final String ID = RiskLimitsIds.of(ACCOUNT);
    private static final Instant AT = Instant.parse("2024-01-16T14:00:31Z");
    private static final BigDecimal MAX_DELTA = new BigDecimal("4.5");
    private static final BigDecimal MAX_LOSS = new BigDecimal("5000");

    private AggregateTestFixture<RiskLimits> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RiskLimits.class);
    }

    @Test
    void recordsNothingInsideTheLimits() {
        fixture.givenNoPriorActivity()
                .when(check(10, "-4", "-4999.5"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsABreachOfTheAbsoluteDelta() {
        fixture.givenNoPriorActivity()
                .when(check(10, "-5", "187.5"))
                .expectEvents(breached(RiskLimitKind.DELTA, MAX_DELTA, "5", 10));
    }

    @Test
    void recordsABreachOfTheLossAsAPositiveAmount() {
        fixture.givenNoPriorActivity()
                .when(check(10, "1", "-5000.25"))
                .expectEvents(breached(RiskLimitKind.LOSS, MAX_LOSS, "5000.25", 10));
    }

    @Test
    void recordsBothWhenBothAreBeyond() {
        fixture.givenNoPriorActivity()
                .when(check(10, "4.75", "-6000"))
                .expectEvents(
                        breached(RiskLimitKind.DELTA, MAX_DELTA, "4.75", 10),
                        breached(RiskLimitKind.LOSS, MAX_LOSS, "6000", 10));
    }

    @Test
    void recordsABreachOnceHoweverOftenItIsChecked() {
        fixture.given(breached(RiskLimitKind.DELTA, MAX_DELTA, "5", 10))
                .when(check(11, "-6", "0"))
                .expectNoEvents();
    }

    @Test
    void recordsTheClearanceWhenBackInside() {
        fixture.given(breached(RiskLimitKind.DELTA, MAX_DELTA, "5", 10))
                .when(check(12, "-4.5", "0"))
                .expectEvents(new RiskLimitClearedEvent(
                        ID, ACCOUNT, RiskLimitKind.DELTA, MAX_DELTA, new BigDecimal("4.5"), 12, AT));
    }

    @Test
    void clearsABreachWhoseLimitIsNoLongerConfigured() {
        fixture.given(breached(RiskLimitKind.LOSS, MAX_LOSS, "6000", 10))
                .when(new CheckRiskLimitsCommand(
                        ID, ACCOUNT, 12, AT, BigDecimal.ONE, new BigDecimal("-6000"), MAX_DELTA, null))
                .expectEvents(new RiskLimitClearedEvent(
                        ID, ACCOUNT, RiskLimitKind.LOSS, null, new BigDecimal("6000"), 12, AT));
    }

    @Test
    void ignoresACheckComputedFromOlderEventsThanTheLastCrossing() {
        fixture.given(breached(RiskLimitKind.DELTA, MAX_DELTA, "5", 10))
                .when(check(9, "-1", "0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsACheckSentToAnotherAccountsLimits() {
        fixture.givenNoPriorActivity()
                .when(new CheckRiskLimitsCommand(
                        ID, "RISK02", 1, AT, BigDecimal.TEN, BigDecimal.ZERO, MAX_DELTA, MAX_LOSS))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static CheckRiskLimitsCommand check(long sequence, String delta, String pnl) {
        return new CheckRiskLimitsCommand(
                ID, ACCOUNT, sequence, AT, new BigDecimal(delta), new BigDecimal(pnl), MAX_DELTA, MAX_LOSS);
    }

    private static RiskLimitBreachedEvent breached(
            RiskLimitKind kind, BigDecimal threshold, String value, long sequence) {
        return new RiskLimitBreachedEvent(ID, ACCOUNT, kind, threshold, new BigDecimal(value), sequence, AT);
    }
}
