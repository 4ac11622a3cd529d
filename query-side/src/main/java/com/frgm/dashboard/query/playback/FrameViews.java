package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.audit.FeedAtInstant;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.query.pointintime.PointInTimeState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The frames of one played replay, from the state it plays into: every view for the first and
 * last frame, and for the others only what differs from the views already sent.
 */
final class FrameViews {

    private final PointInTimeState state;
    private final String instrument;
    private final ReplayClock clock;
    private final Map<String, LadderView> ladders = new HashMap<>();
    private final Map<String, InstrumentOrdersView> orders = new HashMap<>();
    private LivePositionsView positions;
    private List<FeedAtInstant> feeds;

    FrameViews(PointInTimeState state, String instrument, ReplayClock clock) {
        this.state = state;
        this.instrument = instrument;
        this.clock = clock;
    }

    /** Every view as it stands, as a {@code start} or {@code end} frame. */
    ReplayFrame whole(String kind, Instant at, long globalIndex) {
        StateAtView view = view(at, globalIndex);
        remember(view);
        return new ReplayFrame(
                kind, at, globalIndex, null, 0, view.ladders(), view.orders(), view.positions(), view.feeds());
    }

    /** The views a file changed, as a {@code file} frame. */
    ReplayFrame file(Instant at, long globalIndex, String fileKey, int events) {
        StateAtView view = view(at, globalIndex);
        List<LadderView> changedLadders = view.ladders().stream()
                .filter(ladder -> !ladder.equals(ladders.get(ladder.instrument())))
                .toList();
        List<InstrumentOrdersView> changedOrders = new ArrayList<>(view.orders().stream()
                .filter(each -> !each.equals(orders.get(each.instrument())))
                .toList());
        List<String> stillThere =
                view.orders().stream().map(InstrumentOrdersView::instrument).toList();
        orders.keySet().stream()
                .filter(known -> !stillThere.contains(known))
                .sorted()
                .forEach(gone -> changedOrders.add(new InstrumentOrdersView(gone, List.of(), List.of(), null, false)));
        LivePositionsView changedPositions = Objects.equals(view.positions(), positions) ? null : view.positions();
        List<FeedAtInstant> changedFeeds = Objects.equals(view.feeds(), feeds) ? null : view.feeds();
        remember(view);
        return new ReplayFrame(
                ReplayFrame.FILE,
                at,
                globalIndex,
                fileKey,
                events,
                changedLadders,
                changedOrders,
                changedPositions,
                changedFeeds);
    }

    private StateAtView view(Instant at, long globalIndex) {
        return state.view(at, instrument, clock, globalIndex, 0, 0);
    }

    private void remember(StateAtView view) {
        ladders.clear();
        view.ladders().forEach(ladder -> ladders.put(ladder.instrument(), ladder));
        orders.clear();
        view.orders().forEach(each -> orders.put(each.instrument(), each));
        positions = view.positions();
        feeds = view.feeds();
    }
}
