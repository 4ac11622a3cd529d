package com.frgm.dashboard.query.pointintime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.query.ladder.LadderProjection;
import com.frgm.dashboard.query.orders.InstrumentOrders;
import com.frgm.dashboard.query.orders.WorkingOrdersProjection;
import com.frgm.dashboard.query.positions.PositionsProjection;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.risk.RiskLimitsProjection;
import com.frgm.dashboard.query.risk.RiskProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The live read models rebuilt in memory: the very projection classes that write Redis, given
 * in-memory implementations of their store ports, fed by the {@link ReplayEngine} in batches as a
 * live processor feeds them; plus the feeds as they stood. What they answer is therefore what the
 * live views answered after the same events. The state saves to and restores from a checkpoint.
 * One instance answers one question; it is not shared between threads.
 */
public final class PointInTimeState {

    /**
     * The meaning of a saved state: raise it whenever a projection's handling of events, or the
     * saved form, changes, so that checkpoints written by older code are ignored and rebuilt.
     */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = EventSerialization.objectMapper();

    private final InMemoryLadderStore ladders = new InMemoryLadderStore();
    private final InMemoryWorkingOrderStore orders = new InMemoryWorkingOrderStore();
    private final InMemoryRiskLimitStore riskLimits = new InMemoryRiskLimitStore();
    private final InMemoryPositionStore positionStore = new InMemoryPositionStore();
    private final PositionsProjection positions;
    private final InstrumentOrders instrumentOrders;
    private final FeedsAtInstant feeds;
    private final List<Object> projections;

    public PointInTimeState(ZoneId businessZone) {
        this.positions = new PositionsProjection(positionStore, businessZone);
        this.instrumentOrders = new InstrumentOrders(orders, positions);
        this.feeds = new FeedsAtInstant(businessZone);
        this.projections = List.of(
                new LadderProjection(ladders, storedAt -> {}),
                new WorkingOrdersProjection(orders),
                positions,
                new RiskLimitsProjection(riskLimits, new RiskProperties(null, null, null)),
                feeds);
    }

    /** The projections to hand to {@link ReplayEngine#replay}. */
    public List<Object> projections() {
        return projections;
    }

    /**
     * The views for one instrument, or for all when {@code instrument} is null.
     *
     * @param lastGlobalIndex the last event the state includes; {@code events} how many it rests on
     * @param checkpoint      the checkpoint the replay started from (0 for none)
     */
    public StateAtView view(
            Instant at, String instrument, ReplayClock clock, long lastGlobalIndex, long events, long checkpoint) {
        List<LadderView> ladderViews = instrument == null
                ? ladders.all()
                : ladders.read(instrument).map(List::of).orElse(List.of());
        List<InstrumentOrdersView> orderViews = new ArrayList<>();
        for (String each : instrument == null ? List.copyOf(orders.instruments()) : List.of(instrument)) {
            orderViews.add(instrumentOrders.handle(new FetchInstrumentOrdersQuery(each)));
        }
        return new StateAtView(
                at,
                instrument,
                clock,
                lastGlobalIndex,
                events,
                ladderViews,
                orderViews,
                positions.handle(new FetchLivePositionsQuery(null, instrument)),
                riskLimits.openBreaches(),
                feeds.view(at),
                checkpoint);
    }

    public Optional<LadderView> ladder(String instrument) {
        return ladders.read(instrument);
    }

    /** The whole state, gzip JSON, for a checkpoint. */
    public byte[] save() {
        Saved saved = new Saved(
                VERSION, ladders.all(), orders.all(), positionStore.snapshot(), riskLimits.saved(), feeds.snapshot());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Replaces the state with a saved one of this {@link #VERSION}. */
    public void restore(byte[] state) {
        Saved saved;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(state))) {
            saved = JSON.readValue(in, Saved.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable checkpoint: " + e.getMessage(), e);
        }
        if (saved.version() != VERSION) {
            throw new IllegalArgumentException("a checkpoint of version " + saved.version() + ", not " + VERSION);
        }
        ladders.restore(saved.ladders());
        orders.restore(saved.orders());
        positionStore.restore(saved.positions());
        riskLimits.restore(saved.riskLimits());
        feeds.restore(saved.feeds());
    }

    record Saved(
            int version,
            List<LadderView> ladders,
            List<WorkingOrder> orders,
            InMemoryPositionStore.Snapshot positions,
            Map<String, RiskLimitBreach> riskLimits,
            FeedsAtInstant.Snapshot feeds) {}
}
