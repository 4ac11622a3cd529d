package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.eventstore.files.IngestedFileRegistry;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.FileProblem;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests one complete file, whatever its source: identity by content hash, the whole file as
 * one command, and the command's events plus the file's identity in one transaction.
 */
@Component
public class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final List<FeedKind> kinds;
    private final IngestedFileRegistry registry;
    private final CommandGateway commandGateway;
    private final TransactionTemplate transaction;
    private final long maxFileSize;
    private final IngestMetrics metrics;

    public FileIngestor(List<FeedKind> kinds, IngestedFileRegistry registry, CommandGateway commandGateway,
                        TransactionTemplate transaction, IngestProperties properties, MeterRegistry meters) {
        this.kinds = List.copyOf(kinds);
        this.registry = registry;
        this.commandGateway = commandGateway;
        this.transaction = transaction;
        this.maxFileSize = properties.maxFileSize();
        this.metrics = new IngestMetrics(meters);
    }

    public IngestOutcome ingest(FeedFile file) {
        Optional<FeedKind> kind = kinds.stream().filter(k -> k.handles(file.bucket(), file.key())).findFirst();
        if (kind.isEmpty()) {
            return new IngestOutcome.Unsupported();
        }
        long started = System.nanoTime();
        IngestOutcome outcome = ingest(file, kind.get());
        metrics.record(kind.get().name(), outcome, System.nanoTime() - started);
        return outcome;
    }

    private IngestOutcome ingest(FeedFile file, FeedKind kind) {
        if (file.size() > maxFileSize) {
            return new IngestOutcome.Rejected(null, List.of(FileProblem.ofFile(
                    "file is " + file.size() + " bytes, over the limit of " + maxFileSize + " bytes")));
        }
        try {
            String sha256 = ContentHash.sha256(file.source());
            Optional<String> earlier = registry.lookup(sha256);
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
            return store(file, sha256, prepared.command());
        } catch (IOException e) {
            log.warn("Could not read {}/{}, will retry: {}", file.bucket(), file.key(), e.toString());
            return new IngestOutcome.Retry(e);
        }
    }

    private IngestOutcome store(FeedFile file, String sha256, Object command) {
        try {
            return transaction.execute(status -> {
                int events = commandGateway.sendAndWait(command);
                if (!registry.claim(sha256, file.bucket(), file.key(), events)) {
                    // Another node committed the same content while we worked: undo ours.
                    status.setRollbackOnly();
                    return new IngestOutcome.Duplicate(sha256, registry.lookup(sha256).orElse(file.key()));
                }
                return new IngestOutcome.Accepted(sha256, events);
            });
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                log.warn("Storing {}/{} failed, will retry: {}", file.bucket(), file.key(), e.toString());
                return new IngestOutcome.Retry(e);
            }
            return new IngestOutcome.Rejected(sha256, List.of(FileProblem.ofFile(
                    "rejected by the " + commandName(command) + ": " + Failures.message(e))));
        }
    }

    private static String commandName(Object command) {
        return command.getClass().getSimpleName();
    }
}
