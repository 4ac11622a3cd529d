package com.frgm.dashboard.api.risk;

import java.util.List;

/**
 * One underlying and what is quoted on it: the future itself ({@code null} until it is quoted), the
 * option chain by strike (calls and puts side by side, lowest strike first), and instruments naming it
 * as underlying whose names do not read as {@code "<underlying> C<strike>"} or {@code "P<strike>"}.
 */
public record UnderlyingInstruments(
        String product,
        String underlying,
        InstrumentMark future,
        List<OptionStrike> strikes,
        List<InstrumentMark> others) {

    public UnderlyingInstruments {
        strikes = List.copyOf(strikes);
        others = List.copyOf(others);
    }
}
