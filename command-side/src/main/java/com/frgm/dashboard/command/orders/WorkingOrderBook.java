package com.frgm.dashboard.command.orders;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.frgm.dashboard.api.orders.ApplyWorkingOrderSnapshotCommand;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The desk's TT working orders. Each snapshot is the complete set at its time (docs/feeds.md 5), so
 * it is compared with the last applied one and becomes the events it implies: working, amended,
 * filled, no longer working. A snapshot not newer than the last applied is recorded as stale.
 *
 * <p>An order that leaves the snapshots is remembered for the rest of its business day: if it
 * comes back (a gap in TT's answer, a re-listed order), it is working again and only the fills
 * beyond what was already counted are new. Without this its whole filled quantity would be
 * counted a second time. Orders that left more than {@link #REMEMBER_VANISHED} ago are forgotten.
 */
@Aggregate(snapshotTriggerDefinition = "bookSnapshotTrigger", cache = "orderBookCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class WorkingOrderBook {

    @AggregateIdentifier
    private String bookId;

    private Instant lastSnapshotTime;
    private TreeMap<String, WorkingOrder> working = new TreeMap<>();
    /** Orders that left the snapshots lately, by id: their last state and when they left. */
    private TreeMap<String, Vanished> vanished = new TreeMap<>();

    /** Longer than any business day, so every order that left during the day is still known. */
    static final Duration REMEMBER_VANISHED = Duration.ofHours(36);

    WorkingOrderBook() {
        // for Axon and snapshot deserialisation
    }

    /** Returns the number of events the snapshot produced. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(ApplyWorkingOrderSnapshotCommand command) {
        requireUniqueOrders(command);
        if (lastSnapshotTime != null && !command.snapshotTime().isAfter(lastSnapshotTime)) {
            apply(new StaleWorkingOrderSnapshotEvent(
                    command.bookId(),
                    command.fileKey(),
                    command.contentSha256(),
                    command.snapshotTime(),
                    lastSnapshotTime));
            return 1;
        }
        int changes = 0;
        Set<String> seen = new HashSet<>();
        for (WorkingOrder order : command.orders()) {
            seen.add(order.orderId());
            WorkingOrder previous = working.get(order.orderId());
            Vanished gone = previous == null ? vanished.get(order.orderId()) : null;
            changes += gone != null && gone.sameBusinessDay(command)
                    ? reappear(command, gone.lastSeen(), order)
                    : compare(command, previous, order);
        }
        for (WorkingOrder gone : List.copyOf(working.values())) {
            if (!seen.contains(gone.orderId())) {
                apply(new OrderNoLongerWorkingEvent(command.bookId(), command.snapshotTime(), gone));
                changes++;
            }
        }
        apply(new WorkingOrderSnapshotAppliedEvent(
                command.bookId(),
                command.fileKey(),
                command.contentSha256(),
                command.snapshotTime(),
                command.orders().size(),
                changes));
        return changes + 1;
    }

    /**
     * A change other than the fill is an amendment, applied first with the previous fill so that
     * each event carries one kind of change; the fill follows with the order's final state. A fill
     * that goes down (a busted trade) is a negative fill, so positions follow it.
     */
    private static int compare(ApplyWorkingOrderSnapshotCommand command, WorkingOrder previous, WorkingOrder order) {
        Instant at = command.snapshotTime();
        if (previous == null) {
            apply(new OrderWorkingEvent(command.bookId(), at, order));
            if (order.filledQty() > 0) {
                apply(new OrderFilledEvent(command.bookId(), at, order.filledQty(), order));
                return 2;
            }
            return 1;
        }
        int events = 0;
        WorkingOrder amended = withFill(order, previous.filledQty());
        if (!amended.equals(previous)) {
            apply(new OrderAmendedEvent(command.bookId(), at, previous, amended));
            events++;
        }
        if (order.filledQty() != previous.filledQty()) {
            apply(new OrderFilledEvent(command.bookId(), at, order.filledQty() - previous.filledQty(), order));
            events++;
        }
        return events;
    }

    /**
     * An order that left the snapshots earlier on the same business day is back: working again,
     * and a fill only for what it filled beyond what was already counted when it left.
     */
    private static int reappear(ApplyWorkingOrderSnapshotCommand command, WorkingOrder lastSeen, WorkingOrder order) {
        apply(new OrderWorkingEvent(command.bookId(), command.snapshotTime(), withFill(order, lastSeen.filledQty())));
        if (order.filledQty() == lastSeen.filledQty()) {
            return 1;
        }
        apply(new OrderFilledEvent(
                command.bookId(), command.snapshotTime(), order.filledQty() - lastSeen.filledQty(), order));
        return 2;
    }

    private static WorkingOrder withFill(WorkingOrder order, long filledQty) {
        return new WorkingOrder(
                order.orderId(),
                order.account(),
                order.instrument(),
                order.side(),
                order.price(),
                order.qty(),
                filledQty,
                order.status(),
                order.updatedAt());
    }

    private static void requireUniqueOrders(ApplyWorkingOrderSnapshotCommand command) {
        Set<String> ids = new HashSet<>();
        for (WorkingOrder order : command.orders()) {
            if (!ids.add(order.orderId())) {
                throw new IllegalArgumentException(
                        "order " + order.orderId() + " appears twice in " + command.fileKey());
            }
        }
    }

    @EventSourcingHandler
    void on(OrderWorkingEvent event) {
        bookId = event.bookId();
        working.put(event.order().orderId(), event.order());
        vanished.remove(event.order().orderId());
    }

    @EventSourcingHandler
    void on(OrderAmendedEvent event) {
        working.put(event.order().orderId(), event.order());
    }

    @EventSourcingHandler
    void on(OrderFilledEvent event) {
        working.put(event.order().orderId(), event.order());
    }

    @EventSourcingHandler
    void on(OrderNoLongerWorkingEvent event) {
        working.remove(event.lastSeen().orderId());
        vanished.put(event.lastSeen().orderId(), new Vanished(event.lastSeen(), event.snapshotTime()));
    }

    @EventSourcingHandler
    void on(WorkingOrderSnapshotAppliedEvent event) {
        bookId = event.bookId();
        lastSnapshotTime = event.snapshotTime();
        Instant forgetBefore = event.snapshotTime().minus(REMEMBER_VANISHED);
        vanished.values().removeIf(gone -> gone.at().isBefore(forgetBefore));
    }

    @EventSourcingHandler
    void on(StaleWorkingOrderSnapshotEvent event) {
        bookId = event.bookId();
    }

    /** An order's last state when it left the snapshots, and the snapshot time it was gone at. */
    record Vanished(WorkingOrder lastSeen, Instant at) {

        boolean sameBusinessDay(ApplyWorkingOrderSnapshotCommand command) {
            return LocalDate.ofInstant(at, command.businessZone())
                    .equals(LocalDate.ofInstant(command.snapshotTime(), command.businessZone()));
        }
    }
}
