package com.frgm.dashboard.query.orders;

import com.frgm.dashboard.query.positions.PositionStore;
import com.frgm.dashboard.query.positions.PositionsProjection;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Working orders and positions run in dashboard processes, each in its own processing group. */
@Configuration(proxyBeanMethods = false)
class OrdersProjectionConfiguration {

    @Bean
    WorkingOrdersProjection workingOrdersProjection(WorkingOrderStore store) {
        return new WorkingOrdersProjection(store);
    }

    @Bean
    PositionsProjection positionsProjection(PositionStore store,
                                            @Value("${frgm.positions.business-zone:UTC}") ZoneId businessZone) {
        return new PositionsProjection(store, businessZone);
    }

    @Bean
    InstrumentOrders instrumentOrders(WorkingOrderStore store, PositionsProjection positions) {
        return new InstrumentOrders(store, positions);
    }
}
