package com.frgm.dashboard.eventstore.upcasting;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The one chain of upcasters every reader of stored events goes through: the JDBC storage engine
 * (projections, aggregates, point-in-time answers) and the archive replay source, which hands
 * archive lines to Axon's {@code EventUtils.upcastAndDeserializeTrackedEvents} with this chain.
 *
 * <p>An upcaster is a {@code @Component} implementing {@link EventUpcaster} (for instance a
 * {@code SingleEventUpcaster} for one type and revision) in this package, with no constructor
 * arguments; the chain orders them by {@code @Order}. In the application they are beans; the
 * operator commands, which run without Spring, find the same classes with {@link #registered()},
 * which scans this package only: scanning all of {@code com.frgm.dashboard} took half a second of
 * every command's start. An ArchUnit rule ({@code InsideModulesTest}) keeps upcasters here, so the
 * application's component scan and this one find the same set. Each changed revision also gets a
 * saved sample (docs/adr/0016).
 */
public final class EventUpcasters {

    /** Where the upcasters live (and nothing else that is an upcaster component). */
    public static final String UPCASTER_PACKAGE = "com.frgm.dashboard.eventstore.upcasting";

    private EventUpcasters() {}

    /** The chain of {@code upcasters}, in the given order; an empty list upcasts nothing. */
    public static EventUpcasterChain chain(List<? extends EventUpcaster> upcasters) {
        return new EventUpcasterChain(List.copyOf(upcasters));
    }

    /**
     * The chain the application registers, found without Spring: every {@code @Component}
     * {@link EventUpcaster} in {@link #UPCASTER_PACKAGE}, in {@code @Order}.
     */
    public static EventUpcasterChain registered() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EventUpcaster.class));
        List<EventUpcaster> upcasters = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(UPCASTER_PACKAGE)) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), EventUpcasters.class.getClassLoader());
            if (AnnotatedElementUtils.hasAnnotation(type, Component.class)) {
                upcasters.add((EventUpcaster) BeanUtils.instantiateClass(type));
            }
        }
        AnnotationAwareOrderComparator.sort(upcasters);
        return chain(upcasters);
    }
}
