package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The S3 source ({@code FRGM_INGEST_SOURCE=s3}) in the ingest role: SQS notifications when
 * {@code FRGM_SQS_QUEUE_URL} is set, else the listing poller. Both watch every feed of
 * {@code frgm-actant-{env}} and {@code frgm-tt-{env}}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${frgm.ingest.source:local}' == 's3'")
class S3SourceConfiguration {

    @Bean
    S3Objects s3FeedObjects(S3Client s3) {
        return new S3Objects(s3);
    }

    @Bean(destroyMethod = "close")
    S3Drain s3Drain(
            S3Objects objects,
            FileIngestor ingestor,
            FeedBacklog backlog,
            DrainProperties drain,
            IngestProperties ingest) {
        return new S3Drain(objects, ingestor, backlog, drain, ingest.maxFileSize(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnExpression("'${frgm.ingest.sqs-queue-url:}'.trim().isEmpty()")
    S3ListingPoller s3ListingPoller(
            S3Objects objects,
            S3Drain drain,
            JdbcTemplate jdbc,
            IngestProperties ingest,
            S3SourceProperties properties) {
        return new S3ListingPoller(
                objects, drain, new ListingCursor(jdbc), WatchedPrefix.all(ingest), properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnExpression("!'${frgm.ingest.sqs-queue-url:}'.trim().isEmpty()")
    SqsNotificationConsumer sqsNotificationConsumer(
            SqsClient sqs,
            S3Objects objects,
            S3Drain drain,
            S3SourceProperties properties,
            DrainProperties drainProperties,
            MeterRegistry meters) {
        return new SqsNotificationConsumer(sqs, objects, drain, properties, drainProperties, meters);
    }

    /** With notifications: a slow listing that takes what a lost or expired notification left behind. */
    @Bean
    @ConditionalOnExpression("!'${frgm.ingest.sqs-queue-url:}'.trim().isEmpty()")
    S3ListingPoller s3Reconciler(
            S3Objects objects,
            S3Drain drain,
            JdbcTemplate jdbc,
            IngestProperties ingest,
            S3SourceProperties properties) {
        return new S3ListingPoller(
                objects,
                drain,
                new ListingCursor(jdbc),
                WatchedPrefix.all(ingest),
                S3ListingPoller.Schedule.reconciler(properties),
                Clock.systemUTC());
    }
}
