package com.frgm.dashboard.query.orders;

import com.frgm.dashboard.query.positions.PositionStore;
import com.frgm.dashboard.query.positions.PositionsProjection;
import com.frgm.dashboard.query.positions.PositionsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Working orders and positions run in dashboard processes, each in its own processing group. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PositionsProperties.class)
class OrdersProjectionConfiguration {

    @Bean
    WorkingOrdersProjection workingOrdersProjection(WorkingOrderStore store) {
        return new WorkingOrdersProjection(store);
    }

    @Bean
    PositionsProjection positionsProjection(PositionStore store, PositionsProperties properties) {
        return new PositionsProjection(store, properties.businessZone());
    }

    @Bean
    InstrumentOrders instrumentOrders(WorkingOrderStore store, PositionsProjection positions) {
        return new InstrumentOrders(store, positions);
    }
}
