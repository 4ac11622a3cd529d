package com.frgm.dashboard.app;

import com.frgm.dashboard.app.cli.Cli;
import com.frgm.dashboard.app.roles.RoleFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * One JVM running the ingest role (adapters and command side), the dashboard role (query side
 * and UI) or both ({@code FRGM_ROLES}); both share the PostgreSQL event store.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "com.frgm.dashboard",
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            // The roles decide what runs here (app.roles.Roles), not conditions in the libraries.
            @Filter(type = FilterType.CUSTOM, classes = RoleFilter.class)
        })
public class FrgmApplication {

    public static void main(String[] args) {
        // Axon's update checker must never call home, however the JVM was started.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (Cli.handles(args)) {
            // Operator commands run without Spring: replay from an archive needs no database.
            Cli.logToStandardError();
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(FrgmApplication.class, args);
    }
}
