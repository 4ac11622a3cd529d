package com.frgm.dashboard.query.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.api.risk.OptionStrike;
import com.frgm.dashboard.api.risk.UnderlyingInstruments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentChainsTest {

    @Test
    void putsCallsAndPutsOfAStrikeSideBySideUnderTheirFuture() {
        InstrumentMark future = mark("ZNH24", null, "GE_XCME.ZN");
        InstrumentMark call112 = mark("ZNH24 C112", "ZNH24", "GE_XCME.ZN");
        InstrumentMark put112 = mark("ZNH24 P112", "ZNH24", "GE_XCME.ZN");
        InstrumentMark call111 = mark("ZNH24 C111.5", "ZNH24", "GE_XCME.ZN");
        InstrumentMark odd = mark("ZNH24 STRADDLE", "ZNH24", "GE_XCME.ZN");
        InstrumentMark bond = mark("ZBH24", null, "GE_XCBT.ZB");

        List<UnderlyingInstruments> groups =
                InstrumentChains.group(List.of(put112, odd, call112, bond, future, call111));

        assertThat(groups)
                .containsExactly(
                        new UnderlyingInstruments("ZB", "ZBH24", bond, List.of(), List.of()),
                        new UnderlyingInstruments(
                                "ZN",
                                "ZNH24",
                                future,
                                List.of(
                                        new OptionStrike(new BigDecimal("111.5"), call111, null),
                                        new OptionStrike(new BigDecimal("112"), call112, put112)),
                                List.of(odd)));
    }

    @Test
    void optionsWhoseFutureIsNotQuotedStillFormTheirUnderlyingsChain() {
        InstrumentMark call = mark("OZNH24 C113", "ZNH24", "GE_XCME.ZN");

        assertThat(InstrumentChains.group(List.of(call)))
                .containsExactly(new UnderlyingInstruments(
                        "ZN", "ZNH24", null, List.of(new OptionStrike(new BigDecimal("113"), call, null)), List.of()));
    }

    @Test
    void readsTheProductFromTheFeedId() {
        assertThat(InstrumentsProjection.product("DEMO_XCME.ZN")).isEqualTo("ZN");
        assertThat(InstrumentsProjection.product("NODOT")).isEqualTo("NODOT");
    }

    private static InstrumentMark mark(String instrument, String underlying, String feed) {
        return new InstrumentMark(
                instrument,
                InstrumentsProjection.product(feed),
                underlying,
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                null,
                BigDecimal.TEN,
                null,
                1);
    }
}
