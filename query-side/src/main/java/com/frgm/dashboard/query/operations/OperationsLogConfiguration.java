package com.frgm.dashboard.query.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operations log's projection: dashboard processes. */
@Configuration(proxyBeanMethods = false)
class OperationsLogConfiguration {

    @Bean
    OperationsLogProjection operationsLogProjection(OperationsLogStore store) {
        return new OperationsLogProjection(store);
    }
}
