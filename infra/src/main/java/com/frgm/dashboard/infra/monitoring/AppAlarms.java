package com.frgm.dashboard.infra.monitoring;

import static com.frgm.dashboard.infra.monitoring.AlarmFactory.Condition.above;
import static com.frgm.dashboard.infra.monitoring.AlarmFactory.Condition.atLeast;

import software.amazon.awscdk.Duration;

/** Alarms on what the application itself reports (AppMetrics): feeds, ingest, archive, projections. */
final class AppAlarms {

    static final Duration MINUTE = Duration.minutes(1);
    static final Duration FIVE_MINUTES = Duration.minutes(5);

    private AppAlarms() {}

    static void create(AlarmFactory alarms, AppMetrics metrics) {
        alarms.alarm(
                "FeedStalled",
                "feed-stalled",
                atLeast(metrics.anyFeedStalled(MINUTE), 1),
                "A feed has delivered no file for 60 s (frgm.feed.stalled = 1; the ingest role's stall "
                        + "monitor decides per feed). docs/runbook-feed-stalled.md");
        alarms.alarm(
                "IngestErrors",
                "ingest-errors",
                atLeast(metrics.ingestErrors(FIVE_MINUTES), 1),
                "At least one feed file was rejected, unsupported or left for retry in 5 minutes "
                        + "(frgm.ingest.files, outcome not accepted/duplicate). See rejected/<key>.error.json.");
        // The archiver always reports in the ingest role: no data means no archiving we know of.
        alarms.alarm(
                "ArchiveLag",
                "archive-lag",
                above(metrics.archiveLagSeconds(MINUTE), 3).sustained(2).missingIsBreaching(),
                "Events older than the 3 s RPO are not yet in the S3 archive, or the ingest role stopped "
                        + "reporting (frgm.archive.lag.seconds). docs/adr/0010-event-archive.md");
        alarms.alarm(
                "ProjectionLag",
                "projection-lag",
                above(metrics.projectionLagMax(MINUTE), 1000).sustained(3),
                "The ladder projection has been more than 1 s behind the event store for 3 minutes "
                        + "(frgm.projection.lag max). docs/runbook-task-crash.md, docs/runbook-redis-memory.md");
        alarms.alarm(
                "DeadLetters",
                "history-dead-letters",
                above(metrics.deadLetters(MINUTE), 0),
                "Events are parked in a history dead-letter queue (frgm.deadletters); "
                        + "GET /actuator/deadletters/{group}, POST to retry. docs/adr/0009-dynamodb-history.md");
        alarms.alarm(
                "TtFailures",
                "tt-failures",
                atLeast(metrics.ttFailures(FIVE_MINUTES), 2),
                "TT polls are failing (frgm.tt.failures): 429 = limit, 401 = key. docs/runbook-tt-api.md");
    }
}
