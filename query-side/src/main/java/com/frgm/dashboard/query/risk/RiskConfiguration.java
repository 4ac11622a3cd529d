package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.query.instruments.InstrumentStore;
import com.frgm.dashboard.query.instruments.InstrumentsProjection;
import com.frgm.dashboard.query.positions.PositionsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instruments, risk and limits read models, the P&amp;L samples and the monitor: dashboard processes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskProperties.class)
class RiskConfiguration {

    @Bean
    InstrumentsProjection instrumentsProjection(InstrumentStore store) {
        return new InstrumentsProjection(store);
    }

    @Bean
    RiskProjection riskProjection(RiskBookStore store, InstrumentStore instruments, PositionsProperties positions) {
        return new RiskProjection(store, instruments, positions.businessZone());
    }

    @Bean
    RiskLimitsProjection riskLimitsProjection(RiskLimitStore store, RiskProperties properties) {
        return new RiskLimitsProjection(store, properties);
    }

    @Bean
    PnlHistory pnlHistory(PnlStore samples, RiskBookStore book) {
        return new PnlHistory(samples, book);
    }

    @Bean
    RiskMonitor riskMonitor(
            RiskProjection risk,
            RiskLimitStore limits,
            PnlStore pnl,
            CommandGateway commands,
            RiskProperties properties,
            Clock clock) {
        return new RiskMonitor(risk, limits, pnl, commands, properties, clock);
    }

    /** Open breaches, for the alarm; no value (rather than 0) while Redis cannot be read. */
    @Bean
    MeterBinder riskBreachGauge(RiskLimitStore store) {
        return registry -> Gauge.builder("frgm.risk.breaches", store, RiskConfiguration::openBreaches)
                .description("Risk limits breached and not yet cleared, over all accounts")
                .register(registry);
    }

    static double openBreaches(RiskLimitStore store) {
        try {
            return store.openBreaches().size();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
