package com.frgm.dashboard.infra.monitoring;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The application's own metrics as CloudWatch sees them. Micrometer's CloudWatch registry
 * (micrometer-registry-cloudwatch2, identity naming) publishes a meter under its dotted name
 * plus a suffix per statistic, with every tag as a dimension, once a minute:
 * a counter as {@code <name>.count}, a gauge as {@code <name>.value}, a timer as
 * {@code <name>.count}, {@code .sum}, {@code .avg}, {@code .max} (milliseconds).
 * {@code app/.../CloudWatchMetricNamesTest} checks these names against the real registry.
 *
 * <p>Feeds and outcomes are dimensions whose values the desk's files decide (the feed is
 * {@code GE_XCME.ZN}, ...), so alarms over them are Metrics Insights queries, which aggregate
 * every series of a metric whatever its dimensions, rather than one alarm per value.
 */
public final class AppMetrics {

    public static final String FILES = "frgm.ingest.files.count";
    public static final String FEED_STALLED = "frgm.feed.stalled.value";
    public static final String ARCHIVE_LAG_SECONDS = "frgm.archive.lag.seconds.value";
    public static final String PROJECTION_LAG_MAX = "frgm.projection.lag.max";
    public static final String DEAD_LETTERS = "frgm.deadletters.value";
    public static final String TT_FAILURES = "frgm.tt.failures.count";

    private final String namespace;

    public AppMetrics(String namespace) {
        this.namespace = namespace;
    }

    /** Files of any feed whose outcome is not accepted or duplicate: rejected, retry, unsupported. */
    public IMetric ingestErrors(Duration period) {
        return query("Ingest errors", "SUM", FILES, " WHERE outcome != 'accepted' AND outcome != 'duplicate'", period);
    }

    public IMetric filesAccepted(Duration period) {
        return query("Files accepted", "SUM", FILES, " WHERE outcome = 'accepted'", period);
    }

    /** 1 while any feed is stalled: no file for frgm.feeds.stall-after (60 s), the desk's "fewer than 1 file in 60 s". */
    public IMetric anyFeedStalled(Duration period) {
        return query("Feeds stalled", "MAX", FEED_STALLED, "", period);
    }

    public IMetric deadLetters(Duration period) {
        return query("History dead letters", "MAX", DEAD_LETTERS, "", period);
    }

    public IMetric ttFailures(Duration period) {
        return query("TT poll failures", "SUM", TT_FAILURES, "", period);
    }

    public Metric archiveLagSeconds(Duration period) {
        return Metric.Builder.create()
                .namespace(namespace)
                .metricName(ARCHIVE_LAG_SECONDS)
                .statistic("Maximum")
                .period(period)
                .label("Archive lag (s)")
                .build();
    }

    /** The ladder projection's worst lag from commit to Redis in each minute, in milliseconds. */
    public Metric projectionLagMax(Duration period) {
        return Metric.Builder.create()
                .namespace(namespace)
                .metricName(PROJECTION_LAG_MAX)
                .dimensionsMap(Map.of("projection", "ladder"))
                .statistic("Maximum")
                .period(period)
                .label("Projection lag max (ms)")
                .build();
    }

    private IMetric query(String label, String function, String metric, String where, Duration period) {
        return MathExpression.Builder.create()
                .expression("SELECT " + function + "(\"" + metric + "\") FROM \"" + namespace + "\"" + where)
                .usingMetrics(Map.of())
                .period(period)
                .label(label)
                .build();
    }

    /** A Metrics Insights query over an AWS namespace, for metrics whose node dimensions we do not name. */
    static IMetric awsQuery(
            String label, String function, String metric, String awsNamespace, String where, Duration period) {
        return MathExpression.Builder.create()
                .expression("SELECT " + function + "(" + metric + ") FROM \"" + awsNamespace + "\"" + where)
                .usingMetrics(Map.of())
                .period(period)
                .label(label)
                .build();
    }
}
