package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import com.frgm.dashboard.eventstore.files.IngestedFile;
import com.frgm.dashboard.eventstore.files.IngestedFileRegistry;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.FileProblem;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ingests one complete file, whatever its source: identity by content hash (and, for some feed
 * kinds, the file name), the whole file as one command, and the command's events plus the
 * file's identity in one transaction.
 *
 * <p>The transaction belongs to one Axon unit of work that holds the command and the registry
 * claim. Whatever ends it without a commit (the claim lost to another node, a failed or
 * interrupted commit) rolls the unit of work back, and Axon then evicts the aggregates the
 * command touched from their cache. A retry therefore starts from what the store holds, never
 * from state that was computed but not stored.
 */
@Component
public class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final List<FeedKind> kinds;
    private final IngestedFileRegistry registry;
    private final CommandGateway commandGateway;
    private final TransactionManager transactions;
    private final long maxFileSize;
    private final IngestMetrics metrics;
    private final FeedActivity activity;
    private final EventBus events;

    public FileIngestor(
            List<FeedKind> kinds,
            IngestedFileRegistry registry,
            FeedActivity activity,
            EventBus events,
            CommandGateway commandGateway,
            TransactionManager transactions,
            IngestProperties properties,
            MeterRegistry meters) {
        this.kinds = List.copyOf(kinds);
        this.registry = registry;
        this.activity = activity;
        this.events = events;
        this.commandGateway = commandGateway;
        this.transactions = transactions;
        this.maxFileSize = properties.maxFileSize();
        this.metrics = new IngestMetrics(meters);
    }

    /** The feed whose order a file keeps, from its key alone; empty for a file no kind handles. */
    public Optional<FeedLane> laneOf(String bucket, String key) {
        return kindOf(bucket, key).map(kind -> new FeedLane(kind.name(), kind.feedOf(key)));
    }

    public IngestOutcome ingest(FeedFile file) {
        Optional<FeedKind> kind = kindOf(file.bucket(), file.key());
        if (kind.isEmpty()) {
            return new IngestOutcome.Unsupported();
        }
        long started = System.nanoTime();
        IngestOutcome outcome = ingest(file, kind.get());
        metrics.record(kind.get().name(), outcome, System.nanoTime() - started);
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            recordRejection(file, kind.get(), rejected);
        }
        return outcome;
    }

    private Optional<FeedKind> kindOf(String bucket, String key) {
        return kinds.stream().filter(k -> k.handles(bucket, key)).findFirst();
    }

    /**
     * The refusal counts against its feed in feed health and, in the same transaction, is an
     * event: a replay knows the rejects of any day (docs/adr/0022).
     */
    private void recordRejection(FeedFile file, FeedKind kind, IngestOutcome.Rejected rejected) {
        String feed = kind.feedOf(file.key());
        String firstProblem = rejected.problems().get(0).describe();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> {
                    activity.recordRejection(
                            kind.name(),
                            feed,
                            file.bucket(),
                            file.key(),
                            rejected.contentSha256(),
                            rejected.problems().size(),
                            firstProblem);
                    events.publish(GenericEventMessage.asEventMessage(new FileRejectedEvent(
                            kind.name(),
                            feed,
                            file.bucket(),
                            file.key(),
                            rejected.contentSha256(),
                            rejected.problems().size(),
                            firstProblem)));
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            // Feed health and history only; the file is still rejected with its report.
            log.warn(
                    "Could not record the rejection of {}/{}: {}",
                    file.bucket(),
                    file.key(),
                    result.exceptionResult().toString());
        }
    }

    private IngestOutcome ingest(FeedFile file, FeedKind kind) {
        if (file.size() > maxFileSize) {
            return new IngestOutcome.Rejected(
                    null,
                    List.of(FileProblem.ofFile(
                            "file is " + file.size() + " bytes, over the limit of " + maxFileSize + " bytes")));
        }
        try {
            String sha256 = ContentHash.sha256(file.source());
            String identity = kind.identity(file.key(), sha256);
            Optional<String> earlier = registry.lookup(identity);
            if (earlier.isPresent()) {
                return new IngestOutcome.Duplicate(sha256, earlier.get());
            }
            PreparedFile prepared;
            try (InputStream in = file.source().open()) {
                prepared = kind.prepare(file, in, sha256);
            }
            if (!prepared.isAccepted()) {
                return new IngestOutcome.Rejected(sha256, prepared.problems());
            }
            return store(file, kind, identity, sha256, prepared);
        } catch (IOException e) {
            log.warn("Could not read {}/{}, will retry: {}", file.bucket(), file.key(), e.toString());
            return new IngestOutcome.Retry(e);
        } catch (StackOverflowError e) {
            // Hostile nesting the parser recursed into: the file's fault, and the same every time.
            return new IngestOutcome.Rejected(
                    null, List.of(FileProblem.ofFile("the file nests too deeply to be read")));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A bug, not the file: keep the file where it is, let the others through, try it again later.
            log.error("Unexpected failure ingesting {}/{}; it stays and is tried again", file.bucket(), file.key(), e);
            return new IngestOutcome.Retry(new IllegalStateException(e));
        }
    }

    private IngestOutcome store(FeedFile file, FeedKind kind, String identity, String sha256, PreparedFile prepared) {
        Object command = prepared.command();
        PreparedFile.Facts facts = prepared.facts();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<IngestOutcome> result = unitOfWork.executeWithResult(
                () -> {
                    int events = commandGateway.sendAndWait(command);
                    IngestedFile ingested = new IngestedFile(
                            identity,
                            sha256,
                            file.bucket(),
                            file.key(),
                            events,
                            kind.name(),
                            facts.feedId(),
                            facts.fileTime(),
                            facts.rows());
                    if (!registry.claim(ingested)) {
                        throw new ClaimLostException();
                    }
                    return new IngestOutcome.Accepted(sha256, events);
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (!result.isExceptional()) {
            return result.getPayload();
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof ClaimLostException) {
            // Another node committed the same file while we worked; ours is rolled back.
            return new IngestOutcome.Duplicate(sha256, registry.lookup(identity).orElse(file.key()));
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (Failures.isTransient(failure)) {
            log.warn("Storing {}/{} failed, will retry: {}", file.bucket(), file.key(), failure.toString());
            return new IngestOutcome.Retry(failure instanceof Exception e ? e : new IllegalStateException(failure));
        }
        return new IngestOutcome.Rejected(
                sha256,
                List.of(FileProblem.ofFile(
                        "rejected by the " + commandName(command) + ": " + Failures.message(failure))));
    }

    /** Ends the unit of work without a commit when the registry already holds the file. */
    private static final class ClaimLostException extends RuntimeException {
        ClaimLostException() {
            super("the file was committed by another node first", null, false, false);
        }
    }

    private static String commandName(Object command) {
        return command.getClass().getSimpleName();
    }
}
