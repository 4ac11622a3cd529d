package com.frgm.dashboard.embedded;

import java.util.List;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lets go of one application's embedded servers when its context closes or its start fails.
 *
 * <p>Not on {@code ContextClosedEvent}: that comes before the context stops its lifecycle beans
 * and destroys the rest, and Axon's event processors release their token claims in the
 * database while stopping. Instead a destroy callback is registered in the bean factory before
 * any bean exists; the factory destroys in reverse order of registration, so this one runs
 * last, once the connection pools are closed.
 */
final class EmbeddedServersLifecycle implements ApplicationListener<ApplicationEvent> {

    private static final String DESTROY_CALLBACK = "frgmEmbeddedServers";

    private final SpringApplication application;
    private final List<SharedServers.Lease> leases;

    EmbeddedServersLifecycle(SpringApplication application, List<SharedServers.Lease> leases) {
        this.application = application;
        this.leases = List.copyOf(leases);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        // A child application's events reach its parent's listeners too; only ours count.
        if (event instanceof ApplicationPreparedEvent prepared && prepared.getSpringApplication() == application) {
            releaseWhenDestroyed(prepared.getApplicationContext());
        } else if (event instanceof ApplicationFailedEvent failed
                && failed.getSpringApplication() == application
                && !isActive(failed.getApplicationContext())) {
            // A failed refresh has already destroyed the beans (and run the callback); a context
            // that never got that far never will, so the servers go now. An active one is
            // closed right after this event, which runs the callback.
            release();
        }
    }

    private void releaseWhenDestroyed(ConfigurableApplicationContext context) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(DESTROY_CALLBACK, this::release);
        }
        // Any other bean factory: SharedServers stops the servers when the JVM exits.
    }

    private static boolean isActive(ApplicationContext context) {
        return context instanceof ConfigurableApplicationContext configurable && configurable.isActive();
    }

    /** Safe to call more than once: each lease lets go only once. */
    void release() {
        leases.forEach(SharedServers.Lease::release);
    }
}
