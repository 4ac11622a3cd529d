package com.frgm.dashboard.eventstore.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The saved samples of the event contract: {@code src/test/resources/events/{type}/{revision}.json},
 * {@code type} being the payload type Axon stores (the class name), each file exactly what the
 * serializer wrote for that revision. Samples are read the way the storage engine reads a row:
 * through the chain of the application's upcasters, then the serializer.
 */
final class EventSamples {

    static final Serializer SERIALIZER = EventSerialization.serializer();
    static final ObjectMapper JSON = EventSerialization.objectMapper();
    static final String SOURCE = "event-store/src/test/resources/events";
    private static final String API_PACKAGE = "com.frgm.dashboard.api";

    private EventSamples() {}

    /** Every class of the message API with a {@code @Revision}: the persisted event types. */
    static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents(API_PACKAGE).stream()
                .<Class<?>>map(EventSamples::load)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** The upcasters the application registers; test-only upcasters are no components and stay out. */
    static EventUpcasterChain upcasters() {
        return EventUpcasters.registered();
    }

    static String typeName(Class<?> type) {
        return SERIALIZER.typeForClass(type).getName();
    }

    static String currentRevision(Class<?> type) {
        return new AnnotationRevisionResolver().revisionOf(type);
    }

    static String path(String typeName, String revision) {
        return SOURCE + "/" + typeName + "/" + revision + ".json";
    }

    static Optional<byte[]> bytes(String typeName, String revision) {
        Path file = root().resolve(typeName).resolve(revision + ".json");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every saved sample, as (type name, revision). */
    static List<Sample> all() {
        try (Stream<Path> files = Files.walk(root(), 2)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> new Sample(
                            file.getParent().getFileName().toString(),
                            file.getFileName().toString().replaceFirst("\\.json$", "")))
                    .sorted(Comparator.comparing(Sample::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample of {@code revision} as the current code reads it: upcast, then deserialized. */
    static <T> T read(Class<T> type, String revision) {
        return type.cast(read(new Sample(typeName(type), revision)));
    }

    static Object read(Sample sample) {
        byte[] payload = bytes(sample.typeName(), sample.revision())
                .orElseThrow(() -> new AssertionError("no sample " + path(sample.typeName(), sample.revision())));
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>(
                "Sample",
                "sample-1",
                0,
                "sample-event",
                Instant.parse("2024-01-15T10:39:38Z"),
                sample.typeName(),
                sample.revision(),
                payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        List<Object> events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), SERIALIZER, upcasters())
                .asStream()
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
        if (events.size() != 1) {
            throw new AssertionError(sample + " upcasts to " + events.size() + " events, not one");
        }
        return events.get(0);
    }

    private static Path root() {
        URL events = EventSamples.class.getResource("/events");
        if (events == null) {
            throw new AssertionError("no " + SOURCE + " on the test classpath");
        }
        try {
            return Path.of(events.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(BeanDefinition candidate) {
        return ClassUtils.resolveClassName(candidate.getBeanClassName(), EventSamples.class.getClassLoader());
    }

    record Sample(String typeName, String revision) {
        @Override
        public String toString() {
            return typeName + " revision " + revision;
        }
    }
}
