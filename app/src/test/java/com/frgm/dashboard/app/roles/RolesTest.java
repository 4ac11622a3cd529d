package com.frgm.dashboard.app.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

/**
 * What each role's node scans in, from the application's real classes (conditions on other
 * settings, such as the source, are not evaluated here).
 */
class RolesTest {

    @Test
    void anIngestNodeRunsSourcesAggregatesAndTheArchiverButNoProjection() {
        Set<String> beans = scan("ingest");

        assertThat(beans)
                .contains(
                        "com.frgm.dashboard.command.marketdata.MarketDataFeed",
                        "com.frgm.dashboard.ingest.pipeline.FileIngestor",
                        "com.frgm.dashboard.ingest.health.FeedStallMonitor",
                        "com.frgm.dashboard.eventstore.archive.ArchiveConfiguration",
                        "com.frgm.dashboard.ingest.health.FeedHealth");
        assertThat(beans)
                .noneMatch(name -> name.startsWith("com.frgm.dashboard.query.")
                        || name.startsWith("com.frgm.dashboard.ui.")
                        || name.startsWith("com.frgm.dashboard.app.audit.")
                        || name.startsWith("com.frgm.dashboard.command.risk."));
    }

    @Test
    void aDashboardNodeRunsProjectionsEndpointsFeedHealthAndTheRiskLimitsButNoSource() {
        Set<String> beans = scan("dashboard");

        assertThat(beans)
                .contains(
                        "com.frgm.dashboard.query.redis.RedisConfiguration",
                        "com.frgm.dashboard.ui.ladder.LadderController",
                        "com.frgm.dashboard.ingest.health.FeedHealth",
                        "com.frgm.dashboard.app.audit.AuditConfiguration",
                        "com.frgm.dashboard.command.risk.RiskLimits");
        assertThat(beans)
                .noneMatch(name -> name.startsWith("com.frgm.dashboard.command.")
                                && !name.startsWith("com.frgm.dashboard.command.risk.")
                        || name.startsWith("com.frgm.dashboard.eventstore.archive."))
                .doesNotContain(
                        "com.frgm.dashboard.ingest.health.FeedStallMonitor",
                        "com.frgm.dashboard.ingest.pipeline.FileIngestor");
    }

    @Test
    void bothRolesRunEverything() {
        assertThat(scan("dashboard, ingest")).containsAll(scan("ingest")).containsAll(scan("dashboard"));
    }

    @Test
    void aRoleNobodyKnowsStopsTheStart() {
        assertThatThrownBy(() -> Roles.parse("ingest,dashbord"))
                .hasMessageContaining("dashbord")
                .hasMessageContaining("ingest and dashboard");
        assertThatThrownBy(() -> Roles.parse(" , ")).hasMessageContaining("no role");
    }

    private static Set<String> scan(String roles) {
        RoleFilter filter = new RoleFilter();
        filter.setEnvironment(new MockEnvironment().withProperty("frgm.roles", roles));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        scanner.addExcludeFilter(filter);
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.frgm.dashboard")) {
            names.add(candidate.getBeanClassName());
        }
        return names;
    }
}
