package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import com.frgm.dashboard.eventstore.files.IngestedFile;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.pipeline.FakeFeedKind.TestCommand;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * One file through the ingestor, with a real Axon command bus and unit of work and everything
 * else in memory: what becomes of it, what is stored, what is rolled back.
 */
class FileIngestorTest {

    private static final String KEY = "test/2024/01/15/file_1.csv";
    private static final String CONTENT = "one,two";

    private final FakeFeedKind kind = new FakeFeedKind();
    private final FakeRegistry registry = new FakeRegistry();
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> rejections = new ArrayList<>();
    private final SimpleEventBus eventBus = SimpleEventBus.builder().build();
    private final List<Object> published = new ArrayList<>();
    private final AtomicInteger commandsRolledBack = new AtomicInteger();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private Function<TestCommand, Integer> handler = command -> 3;
    private FileIngestor ingestor;

    @BeforeEach
    void ingestor() {
        commandBus.subscribe(TestCommand.class.getName(), message -> {
            CurrentUnitOfWork.get().onRollback(unitOfWork -> commandsRolledBack.incrementAndGet());
            return handler.apply((TestCommand) message.getPayload());
        });
        FeedActivity activity = new FeedActivity(null) {
            @Override
            public void recordRejection(
                    String feedKind,
                    String feedId,
                    String bucket,
                    String fileKey,
                    String contentSha256,
                    int problemCount,
                    String firstProblem) {
                rejections.add(fileKey + ": " + firstProblem);
            }
        };
        eventBus.subscribe(messages -> messages.forEach(message -> published.add(message.getPayload())));
        ingestor = new FileIngestor(
                List.of(kind),
                registry,
                activity,
                eventBus,
                DefaultCommandGateway.builder().commandBus(commandBus).build(),
                transactions,
                new IngestProperties(null, null, null, null, 1024L, null, null, null),
                meters);
    }

    @Test
    void acceptsAFileWhoseCommandSucceedsAndRegistersItInTheSameTransaction() {
        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        IngestOutcome.Accepted accepted = (IngestOutcome.Accepted) outcome;
        assertThat(accepted.events()).isEqualTo(3);
        assertThat(accepted.contentSha256()).hasSize(64);
        IngestedFile registered = registry.claimed.get(accepted.contentSha256());
        assertThat(registered)
                .isEqualTo(new IngestedFile(
                        accepted.contentSha256(),
                        accepted.contentSha256(),
                        "bucket",
                        KEY,
                        3,
                        "test",
                        "feed-1",
                        Instant.parse("2024-01-15T10:39:38Z"),
                        2));
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(transactions.rolledBack).isZero();
        assertThat(meters.get("frgm.ingest.files")
                        .tag("outcome", "accepted")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("frgm.ingest.events.appended").counter().count()).isEqualTo(3);
    }

    @Test
    void aFileSeenBeforeIsADuplicateWithoutBeingParsed() {
        String sha = sha256(CONTENT);
        registry.holds(sha, "test/2024/01/14/first.csv");

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isEqualTo(new IngestOutcome.Duplicate(sha, "test/2024/01/14/first.csv"));
        assertThat(kind.prepared).isZero();
        assertThat(transactions.started).isZero();
    }

    @Test
    void aFileTheParserRefusesIsRejectedWithItsProblemsAndCounted() {
        kind.refuses(FileProblem.atLine(2, "bid is not a number"), FileProblem.atLine(3, "ask is missing"));

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome)
                .isEqualTo(new IngestOutcome.Rejected(
                        sha256(CONTENT),
                        List.of(
                                FileProblem.atLine(2, "bid is not a number"),
                                FileProblem.atLine(3, "ask is missing"))));
        assertThat(rejections)
                .containsExactly(KEY + ": "
                        + FileProblem.atLine(2, "bid is not a number").describe());
        // One transaction only: the refusal's record and its event, nothing of the file.
        assertThat(transactions.started).isEqualTo(1);
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(published)
                .containsExactly(new FileRejectedEvent(
                        "test",
                        "test",
                        "bucket",
                        KEY,
                        sha256(CONTENT),
                        2,
                        FileProblem.atLine(2, "bid is not a number").describe()));
        assertThat(registry.claimed).isEmpty();
    }

    @Test
    void aFileTheCommandRefusesIsRejectedNamingTheCommandAndNothingIsStored() {
        handler = command -> {
            throw new IllegalStateException("the quote of ZNH24 is crossed");
        };

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome)
                .isEqualTo(new IngestOutcome.Rejected(
                        sha256(CONTENT),
                        List.of(FileProblem.ofFile("rejected by the TestCommand: the quote of ZNH24 is crossed"))));
        assertThat(registry.claimed).isEmpty();
        // The file's transaction rolled back; the refusal's record committed on its own.
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(rejections).hasSize(1);
        assertThat(published).singleElement().isInstanceOf(FileRejectedEvent.class);
    }

    @Test
    void aStorageFailureDuringTheClaimIsRetriedNotRejected() {
        registry.claimFailsWith(() -> new DataAccessResourceFailureException("connection refused"));

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isInstanceOf(IngestOutcome.Retry.class);
        assertThat(((IngestOutcome.Retry) outcome).cause()).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(commandsRolledBack).hasValue(1);
        assertThat(rejections).isEmpty();
    }

    @Test
    void aFailedCommitIsRetriedNotRejected() {
        transactions.commitFailsWith(
                new TransactionSystemException("commit failed", new SQLException("connection reset", "08006")));

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isInstanceOf(IngestOutcome.Retry.class);
        assertThat(commandsRolledBack).hasValue(1);
        assertThat(rejections).isEmpty();
    }

    @Test
    void aConcurrentAppendToTheSameAggregateIsRetried() {
        handler = command -> {
            throw new ConcurrencyException("another node appended to feed-1 first");
        };

        assertThat(ingestor.ingest(file(KEY, CONTENT))).isInstanceOf(IngestOutcome.Retry.class);
    }

    @Test
    void aCommandWhoseAggregateNoLongerReadsFromTheStoreIsRetriedNotRejected() {
        handler = command -> {
            throw new SerializationException("Error while deserializing payload of message e-1");
        };

        assertThat(ingestor.ingest(file(KEY, CONTENT))).isInstanceOf(IngestOutcome.Retry.class);
        assertThat(rejections).isEmpty();
    }

    @Test
    void whenAnotherNodeClaimsTheSameFileFirstItIsADuplicateAndOurWorkIsRolledBack() {
        registry.anotherNodeCommitsFirst("test/2024/01/15/file_1.csv.copy");

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isEqualTo(new IngestOutcome.Duplicate(sha256(CONTENT), "test/2024/01/15/file_1.csv.copy"));
        assertThat(transactions.committed).isZero();
        assertThat(transactions.rolledBack).isEqualTo(1);
        // The command's unit of work, whose events (and cached aggregate) would otherwise survive.
        assertThat(commandsRolledBack).hasValue(1);
        assertThat(rejections).isEmpty();
    }

    @Test
    void anUnexpectedFailureOfTheParserIsABugTheFileIsRetriedFor() {
        kind.parsesAs(text -> {
            throw new NullPointerException("parser bug");
        });

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome).isInstanceOf(IngestOutcome.Retry.class);
        assertThat(((IngestOutcome.Retry) outcome).cause()).hasRootCauseInstanceOf(NullPointerException.class);
        assertThat(rejections).isEmpty();
        assertThat(meters.get("frgm.ingest.files")
                        .tag("outcome", "retry")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aParserThatOverflowsTheStackRejectsTheFile() {
        kind.parsesAs(text -> {
            throw new StackOverflowError();
        });

        IngestOutcome outcome = ingestor.ingest(file(KEY, CONTENT));

        assertThat(outcome)
                .isEqualTo(new IngestOutcome.Rejected(
                        null, List.of(FileProblem.ofFile("the file nests too deeply to be read"))));
        assertThat(rejections).hasSize(1);
    }

    @Test
    void anUnreadableFileIsRetried() {
        FeedFile unreadable = new FeedFile("bucket", KEY, 7, () -> {
            throw new IOException("connection reset by S3");
        });

        assertThat(ingestor.ingest(unreadable)).isInstanceOf(IngestOutcome.Retry.class);
        assertThat(kind.prepared).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWithoutBeingRead() {
        FeedFile huge = new FeedFile("bucket", KEY, 1025, () -> {
            throw new AssertionError("a file over the limit must not be opened");
        });

        IngestOutcome outcome = ingestor.ingest(huge);

        assertThat(outcome)
                .isEqualTo(new IngestOutcome.Rejected(
                        null, List.of(FileProblem.ofFile("file is 1025 bytes, over the limit of 1024 bytes"))));
    }

    @Test
    void aKeyOfNoKnownFeedIsLeftAlone() {
        assertThat(ingestor.ingest(file("other/file.csv", CONTENT))).isEqualTo(new IngestOutcome.Unsupported());
        assertThat(kind.prepared).isZero();
    }

    private static FeedFile file(String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new FeedFile("bucket", key, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static String sha256(String content) {
        try {
            return ContentHash.sha256(() -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
