package com.frgm.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The windows bind from frgm.ingest.plausibility.*, and a Clock bean, when there is one, is "now". */
class PlausibilityPropertiesTest {

    private static final Instant NOW = Instant.parse("2024-01-15T10:40:00Z");

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(IngestConfiguration.class, Plausibility.class);

    @Test
    void defaultsToFiveMinutesAndFourDays() {
        runner.run(context -> assertThat(context.getBean(PlausibilityProperties.class))
                .isEqualTo(new PlausibilityProperties(Duration.ofMinutes(5), Period.ofDays(4))));
    }

    @Test
    void bindsBothWindowsAndJudgesAgainstTheClockBean() {
        runner.withPropertyValues(
                        "frgm.ingest.plausibility.time-ahead=1h", "frgm.ingest.plausibility.business-date-ahead=2d")
                .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
                .run(context -> {
                    var limits = context.getBean(Plausibility.class).limitsNow();
                    assertThat(limits.latestTime()).isEqualTo(NOW.plus(Duration.ofHours(1)));
                    assertThat(limits.latestDate()).isEqualTo(LocalDate.of(2024, 1, 17));
                });
    }
}
