package com.frgm.dashboard.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.frgm.dashboard.eventstore.contract.EventSamples.Sample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stored form of every event type may change only with a new {@code @Revision}, an upcaster
 * from the previous one and a saved sample of the new one (docs/adr/0016). The sample of the
 * current revision is read and written again with today's code: the field set (names, nesting,
 * kinds of value) must be the same.
 */
class EventContractTest {

    @Test
    void everyEventTypeHasASampleOfItsCurrentRevision() {
        List<Class<?>> types = EventSamples.eventTypes();
        assertThat(types).as("event types found by @Revision").hasSizeGreaterThanOrEqualTo(12);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            String name = EventSamples.typeName(type);
            String revision = EventSamples.currentRevision(type);
            if (EventSamples.bytes(name, revision).isEmpty()) {
                missing.add(name + " has no sample of its @Revision(\"" + revision + "\"): save the JSON of a fully "
                        + "populated instance, as EventSerialization.serializer() writes it, as "
                        + EventSamples.path(name, revision)
                        + " and read it in EventSamplesTest. If the revision is new, "
                        + "also add an EventUpcaster from the previous revision and keep that revision's sample.");
            }
        }
        assertThat(missing)
                .as("event types without a sample of their current revision")
                .isEmpty();
    }

    @Test
    void theCurrentRevisionWritesTheFieldsOfItsSample() {
        List<String> changed = new ArrayList<>();
        for (Class<?> type : EventSamples.eventTypes()) {
            String name = EventSamples.typeName(type);
            String revision = EventSamples.currentRevision(type);
            Optional<byte[]> sample = EventSamples.bytes(name, revision);
            if (sample.isEmpty()) {
                continue; // reported by everyEventTypeHasASampleOfItsCurrentRevision
            }
            SortedSet<String> saved = JsonShape.of(EventSamples.tree(sample.get()), type);
            Object event;
            try {
                event = EventSamples.read(type, revision);
            } catch (RuntimeException unreadable) {
                changed.add(changedForm(
                        type, revision, "the code no longer reads the sample: " + rootMessage(unreadable), null));
                continue;
            }
            byte[] written =
                    EventSamples.SERIALIZER.serialize(event, byte[].class).getData();
            SortedSet<String> now = JsonShape.of(EventSamples.tree(written), type);
            if (!saved.equals(now)) {
                changed.add(changedForm(
                        type,
                        revision,
                        "only in the sample: " + minus(saved, now) + "; only in what the code writes: "
                                + minus(now, saved),
                        written));
            }
        }
        assertThat(changed)
                .as("event types whose stored form changed under the same revision")
                .isEmpty();
    }

    /** Same fields, same values: times, durations and decimals are still written as they were. */
    @Test
    void theCurrentRevisionWritesItsSampleValueForValue() {
        for (Class<?> type : EventSamples.eventTypes()) {
            String revision = EventSamples.currentRevision(type);
            Optional<byte[]> sample = EventSamples.bytes(EventSamples.typeName(type), revision);
            if (sample.isPresent()) {
                JsonNode written = EventSamples.tree(EventSamples.SERIALIZER
                        .serialize(EventSamples.read(type, revision), byte[].class)
                        .getData());
                assertThat(written)
                        .as(
                                "%s revision %s written again; a value written in another form needs a new "
                                        + "revision and an upcaster as well",
                                type.getName(), revision)
                        .isEqualTo(EventSamples.tree(sample.get()));
            }
        }
    }

    /** A sample whose type was renamed or deleted would leave its stored events unreadable. */
    @Test
    void everySavedSampleStillReadsAsACurrentEventType() {
        List<Class<?>> types = EventSamples.eventTypes();
        for (Sample sample : EventSamples.all()) {
            assertThat(EventSamples.read(sample))
                    .as(sample + ": stored events of it must still read as an event type; "
                            + "a renamed or moved class needs an upcaster that renames the type")
                    .isNotNull()
                    .matches(event -> types.contains(event.getClass()), "is a current event type");
        }
    }

    private static String changedForm(Class<?> type, String revision, String difference, byte[] written) {
        String next = nextRevision(revision);
        return type.getName() + " changed its stored form but still has @Revision(\"" + revision + "\") (" + difference
                + "). Events already stored keep the old form. Bump it to @Revision(\"" + next + "\"), add an "
                + "EventUpcaster @Component in com.frgm.dashboard.eventstore.upcasting from revision " + revision
                + " to " + next + ", keep " + EventSamples.path(EventSamples.typeName(type), revision)
                + " and its test, "
                + "and save the new form as " + EventSamples.path(EventSamples.typeName(type), next)
                + (written == null ? "" : ": " + new String(written, StandardCharsets.UTF_8));
    }

    private static String nextRevision(String revision) {
        try {
            return Integer.toString(Integer.parseInt(revision) + 1);
        } catch (NumberFormatException e) {
            return revision + "+1";
        }
    }

    private static SortedSet<String> minus(SortedSet<String> a, SortedSet<String> b) {
        SortedSet<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
