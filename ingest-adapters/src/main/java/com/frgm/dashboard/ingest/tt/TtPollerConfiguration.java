package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.objects.S3ObjectStore;
import com.frgm.dashboard.eventstore.worker.AdvisoryLockLeadership;
import com.frgm.dashboard.eventstore.worker.Leadership;
import com.frgm.dashboard.ingest.IngestProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The TT poller, in the ingest role only and only when {@code frgm.tt.base-url} (FRGM_TT_BASE_URL)
 * is set. It writes where the ingest source reads: S3 with {@code frgm.ingest.source=s3}, else the
 * local inbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${frgm.tt.base-url:}'.trim().isEmpty()")
@EnableConfigurationProperties(TtPollerProperties.class)
class TtPollerConfiguration {

    /** The advisory lock whose holder is the one node that polls TT ("FRGM TT" in ASCII). */
    static final long LEADER_LOCK_KEY = 0x4652474D20545400L;

    @Bean
    @ConditionalOnExpression("'${frgm.ingest.source:local}' == 's3'")
    ObjectStore ttS3SnapshotSink(IngestProperties ingest, S3Client s3) {
        return new S3ObjectStore(s3, ingest.ttBucket(), "");
    }

    @Bean
    @ConditionalOnExpression("'${frgm.ingest.source:local}' != 's3'")
    ObjectStore ttLocalSnapshotSink(IngestProperties ingest) {
        return new FileObjectStore(ingest.inbox().resolve(ingest.ttBucket()));
    }

    @Bean
    TtSnapshotPoller ttSnapshotPoller(
            TtPollerProperties properties,
            ObjectStore ttSnapshotSink,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ObjectMapper> json,
            DataSource dataSource,
            JdbcTemplate jdbc,
            Clock clock,
            ObjectProvider<SecretsManagerClient> secretsManager) {
        ObjectMapper mapper = json.getIfAvailable(ObjectMapper::new);
        TtCredentialsSource credentials = TtCredentialsSource.from(properties, secretsManager::getObject, mapper);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return assemble(
                properties,
                credentials,
                ttSnapshotSink,
                http,
                clock,
                Sleeper.SYSTEM,
                new Random(),
                meters.getIfAvailable(SimpleMeterRegistry::new),
                mapper,
                new JdbcRequestCounts(jdbc),
                new AdvisoryLockLeadership(dataSource, LEADER_LOCK_KEY, "TT poller"));
    }

    /** Wires the parts; tests call it with a stub server, a fake clock and a recording sleeper. */
    static TtSnapshotPoller assemble(
            TtPollerProperties properties,
            TtCredentialsSource credentials,
            ObjectStore sink,
            HttpClient http,
            Clock clock,
            Sleeper sleeper,
            RandomGenerator random,
            MeterRegistry meters,
            ObjectMapper json,
            DailyRequestBudget.Counts counts,
            Leadership leadership) {
        TtMetrics metrics = new TtMetrics(meters);
        TokenBucket bucket = new TokenBucket(properties.requestsPerSecond(), properties.burst(), clock, sleeper);
        DailyRequestBudget budget = new DailyRequestBudget(properties.dailyRequestCap(), clock, counts);
        TtRetry retry = new TtRetry(http, bucket, budget, sleeper, clock, random, metrics, properties);
        TtApiClient client = new TtApiClient(properties, credentials, clock, retry, json);
        return new TtSnapshotPoller(
                client,
                budget,
                new TtOrderMapper(metrics),
                sink,
                properties.pollInterval(),
                clock,
                metrics,
                json,
                leadership);
    }
}
