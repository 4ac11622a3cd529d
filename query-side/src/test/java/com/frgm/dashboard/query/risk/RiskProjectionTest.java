package com.frgm.dashboard.query.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.risk.AccountRisk;
import com.frgm.dashboard.api.risk.BookPosition;
import com.frgm.dashboard.api.risk.FetchPositionBookQuery;
import com.frgm.dashboard.api.risk.FetchRiskQuery;
import com.frgm.dashboard.api.risk.RiskNote;
import com.frgm.dashboard.api.risk.RiskTotal;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.api.risk.UnderlyingRisk;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk arithmetic against the hand-computed worked example of docs/risk.md, and its edge cases. */
class RiskProjectionTest {

    @Test
    void answersTheHandComputedRiskOfTheWorkedExample() {
        RiskScenario scenario =
                new RiskScenario().settlements().startOfDay().quotes().fills();

        RiskView view = scenario.risk.handle(new FetchRiskQuery(null));

        assertThat(view.startOfDayDate()).isEqualTo(RiskScenario.TODAY);
        assertThat(view.settlementDate()).isEqualTo(RiskScenario.PREVIOUS);
        assertThat(view.eventSequence()).isEqualTo(scenario.lastIndex());
        // RISK01: future 10 - 3 sold = 7, short 20 calls. P&L 10 x 0.25 x 1000 + (-3) x (112.25 - 112.3125) x 1000
        // - 20 x (0.625 - 0.5) x 1000 = 2500 + 187.5 - 2500.
        AccountRisk first = new AccountRisk(
                "RISK01",
                List.of(new UnderlyingRisk("ZNH24", -13, d("-4"), d("-4000"), d("-1000"), d("200"), d("187.5"))),
                new RiskTotal(-13, d("-4"), d("-4000"), d("-1000"), d("200"), d("187.5")),
                List.of());
        // RISK02: short 5 futures, 40 puts valued from their avg_price (no settlement), 6 calls bought at 0.5625.
        AccountRisk second = new AccountRisk(
                "RISK02",
                List.of(new UnderlyingRisk("ZNH24", 41, d("-11.7"), d("5200"), d("1900"), d("-380"), d("-3375"))),
                new RiskTotal(41, d("-11.7"), d("5200"), d("1900"), d("-380"), d("-3375")),
                List.of(new RiskNote("ZNH24 P111", "settlement price of 2024-01-15", "start-of-day avg_price 0.3125")));
        assertThat(view.accounts()).containsExactly(first, second);
    }

    @Test
    void answersOneAccountWhenAsked() {
        RiskScenario scenario =
                new RiskScenario().settlements().startOfDay().quotes().fills();

        assertThat(scenario.risk.handle(new FetchRiskQuery("RISK02")).accounts())
                .extracting(AccountRisk::account)
                .containsExactly("RISK02");
        assertThat(scenario.risk.handle(new FetchRiskQuery("NOBODY")).accounts())
                .isEmpty();
    }

    @Test
    void groupsByUnderlyingAndAddsUpTheTotal() {
        RiskScenario scenario = new RiskScenario()
                .settlements()
                .startOfDay()
                .quotes()
                .quote("ZBH24", "120.5", "1", null, null, null, null)
                .fill("fill-3", "RISK01", "ZBH24", OrderSide.BUY, "120", 2);

        AccountRisk risk01 =
                scenario.risk.handle(new FetchRiskQuery("RISK01")).accounts().get(0);

        // 2 bought at 120, last 120.5: 2 x 0.5 x 1000. A future's absent Greeks are 0, not noted.
        assertThat(risk01.underlyings()).extracting(UnderlyingRisk::underlying).containsExactly("ZBH24", "ZNH24");
        assertThat(risk01.underlyings().get(0))
                .isEqualTo(new UnderlyingRisk("ZBH24", 2, d("2"), d("0"), d("0"), d("0"), d("1000")));
        assertThat(risk01.total()).isEqualTo(new RiskTotal(-8, d("1"), d("-4000"), d("-1000"), d("200"), d("1000")));
        assertThat(risk01.notes()).isEmpty();
    }

    @Test
    void withoutAnEndOfDayFileStartOfDayPositionsAreValuedFromTheirAvgPrice() {
        RiskScenario scenario = new RiskScenario().startOfDay().quotes();

        RiskView view = scenario.risk.handle(new FetchRiskQuery("RISK01"));

        assertThat(view.settlementDate()).isNull();
        // 10 x (112.25 - 111.5) x 1000 - 20 x (0.625 - 0.75) x 1000 = 7500 + 2500
        assertThat(view.accounts().get(0).total().pnl()).isEqualTo(d("10000"));
        assertThat(view.accounts().get(0).notes())
                .containsExactly(
                        new RiskNote(
                                "ZNH24",
                                "settlement price (no end-of-day file before 2024-01-16)",
                                "start-of-day avg_price 111.5"),
                        new RiskNote(
                                "ZNH24 C112",
                                "settlement price (no end-of-day file before 2024-01-16)",
                                "start-of-day avg_price 0.75"));
    }

    @Test
    void anInstrumentNeverQuotedCountsNothingAndSaysSo() {
        RiskScenario scenario = new RiskScenario().settlements().startOfDay();

        AccountRisk risk01 =
                scenario.risk.handle(new FetchRiskQuery("RISK01")).accounts().get(0);

        assertThat(risk01.underlyings()).extracting(UnderlyingRisk::underlying).containsExactly("ZNH24", "ZNH24 C112");
        assertThat(risk01.total()).isEqualTo(new RiskTotal(-10, d("0"), d("0"), d("0"), d("0"), d("0")));
        assertThat(risk01.notes())
                .containsExactly(
                        new RiskNote("ZNH24", "quote", "Greeks and P&L counted as 0"),
                        new RiskNote("ZNH24 C112", "quote", "Greeks and P&L counted as 0"));
    }

    @Test
    void aRedeliveredFillCountsOnce() {
        RiskScenario scenario =
                new RiskScenario().settlements().startOfDay().quotes().fills();
        scenario.fill("fill-2", "RISK01", "ZNH24", OrderSide.SELL, "112.3125", 3);

        assertThat(scenario.risk
                        .handle(new FetchRiskQuery("RISK01"))
                        .accounts()
                        .get(0)
                        .total()
                        .pnl())
                .isEqualTo(d("187.5"));
    }

    @Test
    void aFillBeforeTheStartOfDayDateIsInTheStartOfDayPositionNotCountedAgain() {
        RiskScenario scenario = new RiskScenario()
                .settlements()
                .quotes()
                .fillAt(Instant.parse("2024-01-15T20:00:00Z"), "old", "RISK01", "ZNH24", OrderSide.BUY, "111", 1)
                .startOfDay();

        assertThat(scenario.risk.handle(new FetchPositionBookQuery("RISK01")).positions())
                .extracting(BookPosition::live)
                .containsExactly(10L, -20L);
    }

    @Test
    void positionsShowStartOfDayFillsLiveAndTheAveragePrice() {
        RiskScenario scenario = new RiskScenario()
                .settlements()
                .startOfDay()
                .quotes()
                .fills()
                .fill("fill-3", "RISK02", "ZNH24 P111", OrderSide.BUY, "0.1875", 10);

        List<BookPosition> positions =
                scenario.risk.handle(new FetchPositionBookQuery(null)).positions();

        assertThat(positions)
                .containsExactly(
                        new BookPosition("RISK01", "ZNH24", "ZNH24", 10, -3, 7, d("111.5"), d("112.25")),
                        new BookPosition("RISK01", "ZNH24 C112", "ZNH24", -20, 0, -20, d("0.75"), d("0.625")),
                        new BookPosition("RISK02", "ZNH24", "ZNH24", -5, 0, -5, d("112.5"), d("112.25")),
                        new BookPosition("RISK02", "ZNH24 C112", "ZNH24", 0, 6, 6, d("0.5625"), d("0.625")),
                        // (40 x 0.3125 + 10 x 0.1875) / 50
                        new BookPosition("RISK02", "ZNH24 P111", "ZNH24", 40, 10, 50, d("0.2875"), d("0.25")));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
