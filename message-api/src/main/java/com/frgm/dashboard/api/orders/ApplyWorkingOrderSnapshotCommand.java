package com.frgm.dashboard.api.orders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Apply one TT working-order snapshot: the complete set of working orders at
 * {@code snapshotTime} (the file name's epoch seconds). One command per file, so that all the
 * events it implies are stored in one transaction, or none. {@code businessZone} is the zone
 * whose calendar day an order that left the snapshots is remembered for.
 */
public record ApplyWorkingOrderSnapshotCommand(
        @TargetAggregateIdentifier String bookId,
        String fileKey,
        String contentSha256,
        Instant snapshotTime,
        List<WorkingOrder> orders,
        ZoneId businessZone) {

    public ApplyWorkingOrderSnapshotCommand {
        orders = List.copyOf(orders);
        Objects.requireNonNull(businessZone, "businessZone");
    }
}
