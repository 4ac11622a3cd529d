package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.app.it.fuzz.FuzzCorpus;
import com.frgm.dashboard.app.it.fuzz.FuzzFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Fuzzing the real pipeline: 1,000 bad files of every kind (hand-made implausible and malformed
 * ones, noise, mutations of good files) dropped among good ones into the local inbox of the whole
 * application, on a fixed clock. Every bad file ends in rejected/ with a report and adds nothing;
 * every good file ends in processed/ with exactly its effect on the event store and Redis; and
 * the inbox still takes a file afterwards. {@code -Dfuzz.files=20000} for a large run,
 * {@code -Dfuzz.seed=...} for another corpus.
 */
class PipelineFuzzIT {

    private static final Logger log = LoggerFactory.getLogger(PipelineFuzzIT.class);
    private static final int BAD_FILES = Integer.getInteger("fuzz.files", 1000);
    private static final long SEED = Long.getLong("fuzz.seed", 0x46555A5AL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    /** The application's "now" for plausibility: the corpus's good files all lie before it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock fuzzClock() {
            return Clock.fixed(FuzzCorpus.NOW, ZoneOffset.UTC);
        }
    }

    @Test
    void badFilesAreRejectedWithReportsAndGoodFilesHaveExactlyTheirEffect() throws Exception {
        FuzzCorpus corpus = FuzzCorpus.generate(SEED, BAD_FILES);
        List<FuzzFile> files = corpus.files();
        log.info(
                "Fuzz corpus (seed {}): {} files, {} good; origins {}",
                SEED,
                files.size(),
                corpus.expected().goodFiles(),
                origins(files));

        try (RunningApp app = RunningApp.start(
                dataDir,
                new Class<?>[] {FixedClock.class},
                "--frgm.history.enabled=false",
                "--frgm.archive.enabled=false",
                "--frgm.feeds.stall-after=1h")) {
            for (FuzzFile file : files) {
                app.dropBytes(file.bucket(), file.key(), file.content());
            }
            await().atMost(Duration.ofSeconds(60).plusMillis(30L * files.size()))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> files.stream().allMatch(file -> settled(app, file)));

            for (FuzzFile file : files) {
                if (file.good()) {
                    assertThat(app.processed(file.bucket(), file.key()))
                            .as(file.toString())
                            .exists();
                } else {
                    assertRejectedWithReport(app, file);
                }
            }
            assertThat(new TreeSet<>(app.jdbc.queryForList("SELECT file_key FROM ingested_file", String.class)))
                    .isEqualTo(keys(files, true));
            assertThat(new TreeSet<>(app.jdbc.queryForList("SELECT file_key FROM rejected_file", String.class)))
                    .isEqualTo(keys(files, false));
            // Each bad file is one FileRejectedEvent and nothing else; each good one exactly its events.
            Map<String, Long> expected = new TreeMap<>(corpus.expected().eventCounts());
            expected.put(
                    FileRejectedEvent.class.getName(),
                    files.stream().filter(file -> !file.good()).count());
            assertThat(eventCounts(app)).isEqualTo(expected);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> corpus.expected().assertRedis(app.redis()));

            // No worker died on the way: one more good file is still taken and applied.
            FuzzFile last = corpus.nextGoodMarketData();
            app.dropBytes(last.bucket(), last.key(), last.content());
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(app.processed(last.bucket(), last.key())));
            expected.putAll(corpus.expected().eventCounts());
            assertThat(eventCounts(app)).isEqualTo(expected);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> corpus.expected().assertRedis(app.redis()));
        }
    }

    private static boolean settled(RunningApp app, FuzzFile file) {
        return Files.exists(app.processed(file.bucket(), file.key()))
                || Files.exists(app.rejected(file.bucket(), file.key()));
    }

    private static void assertRejectedWithReport(RunningApp app, FuzzFile file) throws Exception {
        Path report = app.rejected(file.bucket(), file.key() + ".error.json");
        assertThat(app.rejected(file.bucket(), file.key())).as(file.toString()).exists();
        assertThat(app.processed(file.bucket(), file.key())).as(file.toString()).doesNotExist();
        JsonNode json = JSON.readTree(Files.readAllBytes(report));
        assertThat(json.path("key").asText()).as(file.toString()).isEqualTo(file.key());
        assertThat(json.path("problems")).as(file.toString()).isNotEmpty();
        json.path("problems")
                .forEach(problem -> assertThat(problem.path("reason").asText())
                        .as(file.toString())
                        .isNotBlank());
    }

    private static TreeSet<String> keys(List<FuzzFile> files, boolean good) {
        return new TreeSet<>(files.stream()
                .filter(file -> file.good() == good)
                .map(FuzzFile::key)
                .toList());
    }

    private static Map<String, Long> eventCounts(RunningApp app) {
        Map<String, Long> counts = new TreeMap<>();
        app.jdbc.query("SELECT payload_type, count(*) FROM domain_event_entry GROUP BY payload_type", row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    private static Map<String, Long> origins(List<FuzzFile> files) {
        Map<String, Long> origins = new TreeMap<>();
        files.forEach(file -> origins.merge(file.kind() + " " + file.origin(), 1L, Long::sum));
        return origins;
    }
}
