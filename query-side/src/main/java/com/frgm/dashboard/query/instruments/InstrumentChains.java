package com.frgm.dashboard.query.instruments;

import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.api.risk.OptionStrike;
import com.frgm.dashboard.api.risk.UnderlyingInstruments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups marks by underlying: the future, then its options by strike with calls and puts side by
 * side. An option is read from its name, {@code "<anything> C<strike>"} or {@code "P<strike>"} (the
 * feed's {@code ZNH24 C113}); one named otherwise stays with its underlying under {@code others}.
 */
final class InstrumentChains {

    private static final Pattern OPTION = Pattern.compile(".* ([CP])(\\d+(?:\\.\\d+)?)");
    private static final Comparator<UnderlyingInstruments> ORDER = Comparator.comparing(
                    (UnderlyingInstruments u) -> u.product() == null ? "" : u.product())
            .thenComparing(UnderlyingInstruments::underlying);

    private InstrumentChains() {}

    static List<UnderlyingInstruments> group(Collection<InstrumentMark> marks) {
        Map<String, Group> groups = new TreeMap<>();
        for (InstrumentMark mark : marks) {
            Group group = groups.computeIfAbsent(mark.underlyingOrSelf(), Group::new);
            if (mark.underlying() == null) {
                group.future = mark;
                continue;
            }
            Matcher option = OPTION.matcher(mark.instrument());
            if (option.matches()) {
                boolean call = option.group(1).equals("C");
                group.strikes.merge(
                        new BigDecimal(option.group(2)).stripTrailingZeros(),
                        call ? new OptionStrike(null, mark, null) : new OptionStrike(null, null, mark),
                        (a, b) -> new OptionStrike(
                                null, a.call() != null ? a.call() : b.call(), a.put() != null ? a.put() : b.put()));
            } else {
                group.others.add(mark);
            }
            group.product = group.product == null ? mark.product() : group.product;
        }
        List<UnderlyingInstruments> result = new ArrayList<>();
        for (Group group : groups.values()) {
            result.add(group.view());
        }
        result.sort(ORDER);
        return result;
    }

    private static final class Group {
        private final String underlying;
        private final Map<BigDecimal, OptionStrike> strikes = new TreeMap<>();
        private final List<InstrumentMark> others = new ArrayList<>();
        private InstrumentMark future;
        private String product;

        Group(String underlying) {
            this.underlying = underlying;
        }

        UnderlyingInstruments view() {
            List<OptionStrike> chain = new ArrayList<>();
            strikes.forEach((strike, sides) -> chain.add(new OptionStrike(plain(strike), sides.call(), sides.put())));
            others.sort(Comparator.comparing(InstrumentMark::instrument));
            return new UnderlyingInstruments(
                    future != null ? future.product() : product, underlying, future, chain, others);
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
