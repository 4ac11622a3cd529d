package com.frgm.dashboard.api.replay;

import com.frgm.dashboard.api.audit.FeedAtInstant;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.positions.LivePositionsView;
import java.time.Instant;
import java.util.List;

/**
 * One step of a replay. A {@code start} frame (the state at the window's start) and the
 * {@code end} frame (the state at its end) carry every view; a {@code file} frame carries the
 * views the file changed: the ladders and orders of the instruments it touched, the positions and
 * feeds when they changed (else null).
 *
 * @param kind        {@code start}, {@code file} or {@code end}
 * @param at          the instant on the replay's clock: the file's (when stored, or as the feed
 *                    stamped it), the window's start or end for the other two
 * @param globalIndex the last event the state includes
 * @param fileKey     the file whose events the frame applied; null for the others or an event
 *                    of no file (a stall, a limit breach)
 * @param events      how many events the frame applied
 */
public record ReplayFrame(
        String kind,
        Instant at,
        long globalIndex,
        String fileKey,
        int events,
        List<LadderView> ladders,
        List<InstrumentOrdersView> orders,
        LivePositionsView positions,
        List<FeedAtInstant> feeds) {

    public static final String START = "start";
    public static final String FILE = "file";
    public static final String END = "end";

    public ReplayFrame {
        ladders = List.copyOf(ladders);
        orders = List.copyOf(orders);
        feeds = feeds == null ? null : List.copyOf(feeds);
    }
}
