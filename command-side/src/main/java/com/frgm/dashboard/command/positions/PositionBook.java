package com.frgm.dashboard.command.positions;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.PositionBookIds;
import com.frgm.dashboard.api.positions.RecordEndOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.RecordStartOfDayPositionsCommand;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One business date's positions: its start-of-day set (a new start-of-day file replaces it
 * whole, docs/feeds.md 4) and its end-of-day records. One file is one event, so a replacement is
 * atomic for every reader.
 */
@Aggregate(snapshotTriggerDefinition = "bookSnapshotTrigger", cache = "positionBookCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class PositionBook {

    @AggregateIdentifier
    private String bookId;

    private String startOfDayFileKey;

    PositionBook() {
        // for Axon and snapshot deserialisation
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordStartOfDayPositionsCommand command) {
        requireBookOf(command.bookId(), command.businessDate());
        requireUniquePairs(
                command.positions(), StartOfDayPosition::account, StartOfDayPosition::instrument, command.fileKey());
        apply(new StartOfDayPositionsSetEvent(
                command.bookId(),
                command.businessDate(),
                command.fileKey(),
                command.contentSha256(),
                startOfDayFileKey,
                command.positions()));
        return 1;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordEndOfDayPositionsCommand command) {
        requireBookOf(command.bookId(), command.businessDate());
        requireUniquePairs(
                command.positions(), EndOfDayPosition::account, EndOfDayPosition::instrument, command.fileKey());
        apply(new EndOfDayPositionsRecordedEvent(
                command.bookId(),
                command.businessDate(),
                command.fileKey(),
                command.contentSha256(),
                command.positions()));
        return 1;
    }

    private static void requireBookOf(String bookId, LocalDate businessDate) {
        if (!PositionBookIds.of(businessDate).equals(bookId)) {
            throw new IllegalArgumentException("business date " + businessDate + " does not belong to book " + bookId);
        }
    }

    private static <T> void requireUniquePairs(
            List<T> rows, Function<T, String> account, Function<T, String> instrument, String fileKey) {
        Set<List<String>> pairs = new HashSet<>();
        for (T row : rows) {
            if (!pairs.add(List.of(account.apply(row), instrument.apply(row)))) {
                throw new IllegalArgumentException("account " + account.apply(row) + " holds instrument "
                        + instrument.apply(row) + " twice in " + fileKey);
            }
        }
    }

    @EventSourcingHandler
    void on(StartOfDayPositionsSetEvent event) {
        bookId = event.bookId();
        startOfDayFileKey = event.fileKey();
    }

    @EventSourcingHandler
    void on(EndOfDayPositionsRecordedEvent event) {
        bookId = event.bookId();
    }
}
