package com.frgm.dashboard.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event a projection cannot apply stops its processor there; it is never skipped. Axon's
 * default handler of listener failures logs and goes on with the next event, which would leave a
 * read model silently without that event (an event of a revision nobody upcasts, a bug in a
 * handler). Propagated instead, the failure rolls the batch back, the processor retries the same
 * event until a fix is deployed, and the health reports it through {@link ProcessorFailures}
 * (DOWN for a live read model, DEGRADED for the history). The history projections park what they
 * cannot write in their dead-letter queues before it gets here (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorErrors {

    @Bean
    ProcessorFailures processorFailures() {
        return new ProcessorFailures();
    }

    @Bean
    ConfigurerModule propagateListenerFailures(ProcessorFailures failures) {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processor) -> failures.watch(processor));
    }
}
