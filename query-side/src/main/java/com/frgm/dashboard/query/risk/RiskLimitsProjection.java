package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.FetchRiskLimitsQuery;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitsView;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The breaches open now, from the limits' own events: the banner, the {@code frgm.risk.breaches}
 * gauge and the point-in-time answers all read this model, never the risk arithmetic directly.
 */
@ProcessingGroup(RiskLimitsProjection.PROCESSING_GROUP)
public class RiskLimitsProjection {

    public static final String PROCESSING_GROUP = "risk-limits";

    private final RiskLimitStore store;
    private final RiskProperties properties;
    private final UnitOfWorkBatch<RiskLimitStore.LimitState> batch;

    public RiskLimitsProjection(RiskLimitStore store, RiskProperties properties) {
        this.store = store;
        this.properties = properties;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::write);
    }

    @EventHandler
    void on(RiskLimitBreachedEvent event, TrackingToken token) {
        long sequence = EventSequence.of(token);
        batch.add(new RiskLimitStore.LimitState(
                event.account(),
                event.limit(),
                new RiskLimitBreach(
                        event.account(), event.limit(), event.threshold(), event.value(), event.observedAt(), sequence),
                sequence));
    }

    @EventHandler
    void on(RiskLimitClearedEvent event, TrackingToken token) {
        batch.add(new RiskLimitStore.LimitState(event.account(), event.limit(), null, EventSequence.of(token)));
    }

    @QueryHandler
    public RiskLimitsView handle(FetchRiskLimitsQuery query) {
        return new RiskLimitsView(properties.accountLimits(), store.openBreaches());
    }
}
