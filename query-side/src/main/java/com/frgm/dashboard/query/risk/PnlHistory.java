package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.FetchPnlHistoryQuery;
import com.frgm.dashboard.api.risk.PnlHistoryView;
import com.frgm.dashboard.api.risk.PnlSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;

/**
 * P&amp;L through the day: the samples the monitor took of the live risk view since the latest
 * start-of-day set. Samples of a view, not a projection of events (ADR 0015): a point-in-time
 * answer or a rebuild does not bring them back.
 */
public class PnlHistory {

    private final PnlStore samples;
    private final RiskBookStore book;

    public PnlHistory(PnlStore samples, RiskBookStore book) {
        this.samples = samples;
        this.book = book;
    }

    @QueryHandler
    public PnlHistoryView handle(FetchPnlHistoryQuery query) {
        LocalDate date =
                book.latestStartOfDay().map(RiskBookStore.StartOfDay::date).orElse(null);
        if (date == null) {
            return new PnlHistoryView(null, List.of());
        }
        List<PnlSeries> series = new ArrayList<>();
        for (String account : new TreeSet<>(samples.accounts(date))) {
            if (query.account() == null || query.account().equals(account)) {
                series.add(new PnlSeries(account, samples.series(date, account)));
            }
        }
        return new PnlHistoryView(date, series);
    }
}
